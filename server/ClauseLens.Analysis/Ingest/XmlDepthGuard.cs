using System.IO.Compression;
using System.Xml;

namespace ClauseLens.Analysis.Ingest;

/// <summary>
/// Reads every XML part of a package once with a streaming <see cref="XmlReader"/> (no recursion,
/// nothing kept) and refuses the package when an element nests deeper than
/// <see cref="IngestLimits.MaxNestingDepth"/>, before the Open XML SDK, whose loading and our own
/// walk are both recursive, sees it.
/// </summary>
internal static class XmlDepthGuard
{
    // A Word element has a handful of attributes; a few hundred is already absurd.
    private const int MaxAttributes = 512;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>Throws LimitExceeded when any .xml or .rels part nests too deep; the package has passed <see cref="ZipBombGuard"/>.</summary>
    public static void Check(byte[] package, IngestLimits limits, string kind = ".docx file")
    {
        using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (entry.Length > limits.MaxXmlPartBytes)
            {
                throw PartTooLarge(limits, kind);
            }

            using var stream = new CountingStream(entry.Open(), kind);
            using var reader = XmlReader.Create(stream, Settings);
            while (reader.Read())
            {
                if (stream.Count > limits.MaxXmlPartBytes)
                {
                    throw PartTooLarge(limits, kind);
                }

                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= limits.MaxNestingDepth)
                {
                    throw new IngestException(IngestFailure.TooComplex,
                        $"The {kind} nests its content more than {limits.MaxNestingDepth} levels deep (limit MaxNestingDepth).");
                }
            }
        }
    }

    private static IngestException PartTooLarge(IngestLimits limits, string kind) =>
        new(IngestFailure.LimitExceeded, $"A part of the {kind} unpacks to more than {limits.MaxXmlPartBytes} bytes of XML (limit MaxXmlPartBytes).");

    // Counts what the XML reader has pulled (declared sizes in a zip can lie), and the attributes of
    // each tag as the bytes go past: the XML reader parses all of a tag's attributes at once, in time
    // that grows with the square of their number (400,000 attributes on one element ran for minutes).
    private sealed class CountingStream(Stream inner, string kind) : Stream
    {
        private bool _inTag;
        private byte _quote;
        private int _attributes;

        public long Count { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Count; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Count += read;
            for (var i = offset; i < offset + read; i++)
            {
                var b = buffer[i];
                if (!_inTag)
                {
                    if (b == (byte)'<')
                    {
                        _inTag = true;
                        _attributes = 0;
                    }
                }
                else if (_quote != 0)
                {
                    _quote = b == _quote ? (byte)0 : _quote;
                }
                else if (b is (byte)'"' or (byte)'\'')
                {
                    _quote = b;
                }
                else if (b == (byte)'>')
                {
                    _inTag = false;
                }
                else if (b == (byte)'=' && ++_attributes > MaxAttributes)
                {
                    throw new IngestException(IngestFailure.TooComplex,
                        $"An element of the {kind} has more than {MaxAttributes} attributes (limit of the .docx reader).");
                }
            }

            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
