using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Renders Word's automatic list numbers ("1.", "1.1", "(a)", "第1条") as text, the way Word shows
/// them: numbering.xml's abstractNum/num definitions, the level's start, numFmt and lvlText
/// (%1..%9), lvlRestart, isLgl and lvlOverride/startOverride; numbering may come from the
/// paragraph or from its style chain. Bullets render as nothing: they carry no number a clause
/// could be cited by.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    // Word limits lvlText to a short string; real markers ("1.1.1.1", "第十二条", "(a)") are far shorter.
    private const int MaxTemplateLength = 64;
    private const int MaxMarkerLength = 64;
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<string, Style> _styles = [];
    private readonly Dictionary<string, int?[]> _counters = [];

    /// <summary>Reads the numbering and style definitions of <paramref name="main"/>.</summary>
    public DocxNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        foreach (var abstractNum in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNum.AbstractNumberId?.Value is int id)
            {
                _abstracts[id] = abstractNum;
            }
        }

        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is int id)
            {
                _instances[id] = instance;
            }
        }

        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _styles.TryAdd(id, style);
            }
        }
    }

    /// <summary>
    /// The number Word shows before <paramref name="paragraph"/>, followed by its separator, or an
    /// empty string. Must be called for every paragraph in document order: it advances the counters.
    /// </summary>
    public string Next(WordParagraph paragraph)
    {
        var (numId, explicitLevel, styleChain) = NumberingOf(paragraph);
        if (numId is not int id || id == 0 || !_instances.TryGetValue(id, out var instance)
            || Resolve(instance) is not { } resolved)
        {
            return string.Empty;
        }

        var (abstractId, abstractNum) = resolved;
        var definitions = LevelsOf(abstractNum, instance);
        var level = Math.Clamp(explicitLevel ?? LevelOfStyle(definitions, styleChain) ?? 0, 0, Levels - 1);
        var counters = CountersOf(id, abstractId, instance);
        Advance(counters, definitions, level);
        return Render(counters, definitions, level);
    }

    private (int? NumId, int? Level, List<string> StyleChain) NumberingOf(WordParagraph paragraph)
    {
        var properties = paragraph.ParagraphProperties?.NumberingProperties;
        int? numId = properties?.NumberingId?.Val?.Value;
        int? level = properties?.NumberingLevelReference?.Val?.Value;

        // The paragraph's style (and the styles it is based on) may carry the numbering instead.
        var chain = new List<string>();
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        while (styleId is not null && chain.Count < 16 && !chain.Contains(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            chain.Add(styleId);
            var styleNumbering = style.StyleParagraphProperties?.NumberingProperties;
            numId ??= styleNumbering?.NumberingId?.Val?.Value;
            level ??= styleNumbering?.NumberingLevelReference?.Val?.Value;
            styleId = style.BasedOn?.Val?.Value;
        }

        return (numId, level, chain);
    }

    // A list may be defined through a numbering style (abstractNum/numStyleLink): follow the link to
    // the abstract definition that holds the levels, as Word does.
    private (int AbstractId, AbstractNum Definition)? Resolve(NumberingInstance instance)
    {
        for (var hops = 0; hops < 4; hops++)
        {
            if (instance.AbstractNumId?.Val?.Value is not int abstractId || !_abstracts.TryGetValue(abstractId, out var abstractNum))
            {
                return null;
            }

            var link = abstractNum.NumberingStyleLink?.Val?.Value;
            if (link is null || abstractNum.Elements<Level>().Any())
            {
                return (abstractId, abstractNum);
            }

            if (!_styles.TryGetValue(link, out var style)
                || style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not int linkedNumId
                || !_instances.TryGetValue(linkedNumId, out var linked))
            {
                return null;
            }

            instance = linked;
        }

        return null;
    }

    // Heading styles are usually tied to a level by the level's own pStyle ("Heading 2" → level 1)
    // rather than by an ilvl in the style.
    private static int? LevelOfStyle(Level?[] levels, List<string> styleChain)
    {
        foreach (var styleId in styleChain)
        {
            for (var i = 0; i < levels.Length; i++)
            {
                if (levels[i]?.ParagraphStyleIdInLevel?.Val?.Value == styleId)
                {
                    return i;
                }
            }
        }

        return null;
    }

    private static Level?[] LevelsOf(AbstractNum abstractNum, NumberingInstance instance)
    {
        var levels = new Level?[Levels];
        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.LevelIndex?.Value is int index and >= 0 and < Levels)
            {
                levels[index] = level;
            }
        }

        foreach (var levelOverride in instance.Elements<LevelOverride>())
        {
            if (levelOverride.LevelIndex?.Value is int index and >= 0 and < Levels && levelOverride.Level is { } replacement)
            {
                levels[index] = replacement;
            }
        }

        return levels;
    }

    // Lists that share an abstract definition continue one another in Word unless a num restarts
    // it with a startOverride, so counters are kept per abstract list, or per num when it restarts.
    private int?[] CountersOf(int numId, int abstractId, NumberingInstance instance)
    {
        var overrides = instance.Elements<LevelOverride>().ToList();
        var key = overrides.Count > 0 ? $"num:{numId}" : $"abstract:{abstractId}";
        if (_counters.TryGetValue(key, out var counters))
        {
            return counters;
        }

        counters = new int?[Levels];
        foreach (var levelOverride in overrides)
        {
            if (levelOverride.LevelIndex?.Value is int index and >= 0 and < Levels
                && levelOverride.StartOverrideNumberingValue?.Val?.Value is int start)
            {
                // Stored one below the start so the first Advance lands on it.
                counters[index] = start - 1;
            }
        }

        _counters[key] = counters;
        return counters;
    }

    private static void Advance(int?[] counters, Level?[] levels, int level)
    {
        counters[level] = counters[level] is int current ? current + 1 : StartOf(levels[level]);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            // lvlRestart n: restart only after a level above n (1-based) is used; 0 means never.
            var restartAfter = levels[deeper]?.LevelRestart?.Val?.Value;
            if (restartAfter is null || (restartAfter.Value != 0 && level < restartAfter.Value))
            {
                counters[deeper] = null;
            }
        }

        // Levels above that never appeared show their start value, as Word does.
        for (var above = 0; above < level; above++)
        {
            counters[above] ??= StartOf(levels[above]);
        }
    }

    private static int StartOf(Level? level) => level?.StartNumberingValue?.Val?.Value ?? 1;

    private static string Render(int?[] counters, Level?[] levels, int level)
    {
        var definition = levels[level];
        var format = FormatOf(definition);
        if (definition is null || format == NumberFormatValues.Bullet || format == NumberFormatValues.None)
        {
            return string.Empty;
        }

        // Word's lvlText holds a few placeholders and separators; a longer one is cut, and the
        // number it renders is cut at MaxMarkerLength, so no template builds a huge string.
        var template = definition.LevelText?.Val?.Value ?? $"%{level + 1}.";
        if (template.Length > MaxTemplateLength)
        {
            template = template[..MaxTemplateLength];
        }

        var legal = definition.IsLegalNumberingStyle is not null && (definition.IsLegalNumberingStyle.Val?.Value ?? true);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < template.Length && text.Length < MaxMarkerLength; i++)
        {
            if (template[i] == '%' && i + 1 < template.Length && template[i + 1] is >= '1' and <= '9')
            {
                var referenced = template[i + 1] - '1';
                var value = counters[referenced] ?? StartOf(levels[referenced]);
                // isLgl shows the numbers of the levels above in decimal ("1.1" under "Article I").
                var referencedFormat = legal && referenced < level ? NumberFormatValues.Decimal : FormatOf(levels[referenced]);
                text.Append(Format(value, referencedFormat));
                i++;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        if (text.Length > MaxMarkerLength)
        {
            text.Length = MaxMarkerLength;
        }

        var suffix = definition.LevelSuffix?.Val?.Value;
        return text.Length == 0 || suffix == LevelSuffixValues.Nothing ? text.ToString() : text.Append(' ').ToString();
    }

    private static NumberFormatValues FormatOf(Level? level) =>
        level?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;

    private static string Format(int value, NumberFormatValues format)
    {
        if (format == NumberFormatValues.LowerLetter) return NumberFormats.Letters(value, upper: false);
        if (format == NumberFormatValues.UpperLetter) return NumberFormats.Letters(value, upper: true);
        if (format == NumberFormatValues.LowerRoman) return NumberFormats.Roman(value, upper: false);
        if (format == NumberFormatValues.UpperRoman) return NumberFormats.Roman(value, upper: true);
        if (format == NumberFormatValues.DecimalFullWidth || format == NumberFormatValues.DecimalFullWidth2) return NumberFormats.FullWidth(value);
        if (format == NumberFormatValues.IdeographDigital) return NumberFormats.IdeographDigits(value);
        if (format == NumberFormatValues.JapaneseCounting || format == NumberFormatValues.JapaneseLegal
            || format == NumberFormatValues.JapaneseDigitalTenThousand) return NumberFormats.JapaneseCounting(value);
        if (format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese) return NumberFormats.Circled(value);
        if (format == NumberFormatValues.DecimalZero) return value is >= 0 and < 10 ? "0" + NumberFormats.Decimal(value) : NumberFormats.Decimal(value);
        if (format == NumberFormatValues.None || format == NumberFormatValues.Bullet) return string.Empty;

        // decimal, decimalHalfWidth, ordinal, cardinalText and the rarer formats: the plain number
        // still lets a reader (and the segmenter) cite the item.
        return NumberFormats.Decimal(value);
    }
}
