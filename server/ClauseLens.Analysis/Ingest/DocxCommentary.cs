using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Finds what a Word contract carries beside the contract itself, so that it never becomes a clause:
/// a table of contents (paragraphs in Word's "toc 1".."toc 9" and "TOC Heading" styles, whose lines
/// look like article headings), and the explanatory notes of an annotated model contract — the
/// METI/JPO model contracts put a scenario (想定シーン) before the preamble and a ＜ポイント＞ /
/// ＜解説＞ / 【コラム】 note after each article. A note runs from its marker to the next article
/// heading (第1条（…）, or 1条（…） after a list bullet), option box (【…オプション…】), preamble (前文),
/// schedule (別紙), signature wording, or boxed paragraph (the model contracts box the contract
/// text and leave the commentary outside).
/// </summary>
/// <remarks>Must see every body paragraph in document order; it keeps whether a note is open.</remarks>
internal sealed partial class DocxCommentary
{
    private readonly HashSet<string> _tocStyles = new(StringComparer.Ordinal);
    private bool _inNote;

    public DocxCommentary(MainDocumentPart main)
    {
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id && style.StyleName?.Val?.Value is { } name
                && (name.StartsWith("toc ", StringComparison.OrdinalIgnoreCase) || name.Equals("TOC Heading", StringComparison.OrdinalIgnoreCase)))
            {
                _tocStyles.Add(id);
            }
        }
    }

    /// <summary>True when <paramref name="paragraph"/> (its text as read, numbering included) is left out.</summary>
    public bool Skips(WordParagraph paragraph, string text)
    {
        if (paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && _tocStyles.Contains(style))
        {
            return true;
        }

        var window = text.Length > 80 ? text[..80] : text;
        if (NoteMarker().IsMatch(window))
        {
            _inNote = true;
        }
        else if (_inNote && (paragraph.ParagraphProperties?.ParagraphBorders is not null || NoteEnd().IsMatch(window)))
        {
            _inNote = false;
        }

        return _inNote;
    }

    /// <summary>A table met inside a note belongs to it.</summary>
    public bool SkipsTable => _inNote;

    [GeneratedRegex(@"^[\s\u3000]*(?:[＜<〈](?:ポイント|解説)[＞>〉]|【(?:コラム|解説)[^】]{0,40}】|想定シーン[\s\u3000]*$)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex NoteMarker();

    [GeneratedRegex(@"^[\s\u3000]*(?:第?[0-9０-９]{1,3}[ \u3000]?条(?:[0-9０-９]{1,2}項)?(?:[（(]|[\s\u3000]|$)|第[一二三四五六七八九十百〇●]{1,6}条|前文[\s\u3000]*$|【[^】]{0,40}オプション|その他の(?:追加)?オプション条項|別紙|本契約(?:締結|の成立)の証として|以上の合意を証するため|上記契約の成立を証するため)", RegexOptions.None, RegexTimeouts.Milliseconds)]
    private static partial Regex NoteEnd();
}
