using AngleSharp.Dom;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// The marker a browser shows before an <c>&lt;li&gt;</c> of an <c>&lt;ol&gt;</c>: "1.", "b.", "iv.",
/// honouring <c>start</c>, <c>reversed</c>, <c>type</c> and an item's own <c>value</c>. Bullets of
/// <c>&lt;ul&gt;</c> carry no text, and a list styled <c>list-style: none</c> shows no marker.
/// </summary>
internal sealed class OrderedListMarker
{
    // Each list is numbered once, when its first item is met: rescanning the siblings for every item
    // made a list of n items cost n² (20,000 items took 40 s).
    private readonly Dictionary<IElement, Dictionary<IElement, int>> _ordinals = new(ReferenceEqualityComparer.Instance);

    /// <summary>The marker text, or null when the browser shows none or only a bullet.</summary>
    public string? For(IElement item)
    {
        if (item.ParentElement is not { LocalName: "ol" } list || HidesMarker(list) || HidesMarker(item))
        {
            return null;
        }

        if (!_ordinals.TryGetValue(list, out var ordinals))
        {
            ordinals = Number(list);
            _ordinals[list] = ordinals;
        }

        var type = item.GetAttribute("type") ?? list.GetAttribute("type") ?? "1";
        return Format(ordinals[item], type) + ".";
    }

    private static Dictionary<IElement, int> Number(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        var reversed = list.HasAttribute("reversed");
        var ordinal = StartOf(list, reversed ? items.Count : 1);
        var ordinals = new Dictionary<IElement, int>(items.Count, ReferenceEqualityComparer.Instance);
        foreach (var sibling in items)
        {
            if (int.TryParse(sibling.GetAttribute("value"), out var value))
            {
                ordinal = value;
            }

            ordinals[sibling] = ordinal;
            ordinal = unchecked(ordinal + (reversed ? -1 : 1));
        }

        return ordinals;
    }

    private static int StartOf(IElement list, int fallback) =>
        int.TryParse(list.GetAttribute("start"), out var start) ? start : fallback;

    private static bool HidesMarker(IElement element)
    {
        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty).ToLowerInvariant();
        return compact.Contains("list-style:none") || compact.Contains("list-style-type:none");
    }

    private static string Format(int ordinal, string type) => type switch
    {
        "a" => NumberFormats.Letters(ordinal, upper: false),
        "A" => NumberFormats.Letters(ordinal, upper: true),
        "i" => NumberFormats.Roman(ordinal, upper: false),
        "I" => NumberFormats.Roman(ordinal, upper: true),
        _ => ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
