using System.Diagnostics;

namespace ClauseLens.Server.Hosting;

/// <summary>
/// Where an exception came from, for the log: the innermost ClauseLens frame (type, method, file:line),
/// found in the exception or the ones it wraps. Never the message, which a parser may have filled
/// with the document's own text.
/// </summary>
internal static class ExceptionOrigin
{
    /// <summary>"Namespace.Type.Method (File.cs:123)", or the top frame when no ClauseLens code is on the stack.</summary>
    public static string Of(Exception exception)
    {
        string? fallback = null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames();
            foreach (var frame in frames)
            {
                var described = Describe(frame);
                fallback ??= described;
                if (described?.StartsWith("ClauseLens.", StringComparison.Ordinal) == true)
                {
                    return described;
                }
            }
        }

        return fallback ?? "(no stack)";
    }

    private static string? Describe(StackFrame frame)
    {
        if (frame.GetMethod() is not { } method || method.DeclaringType is not { } type)
        {
            return null;
        }

        var name = method.Name;
        // An async method or iterator runs in a compiler-made type "<Name>d__7" nested in the real one.
        if (type.DeclaringType is { } outer && type.Name.StartsWith('<') && type.Name.IndexOf('>') is > 1 and var end)
        {
            name = type.Name[1..end];
            type = outer;
        }

        var file = frame.GetFileName();
        var line = frame.GetFileLineNumber();
        var where = file is null || line == 0 ? "" : $" ({Path.GetFileName(file)}:{line})";
        return $"{type.FullName}.{name}{where}";
    }
}
