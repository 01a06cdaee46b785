using System.IO.Compression;
using System.Xml;

namespace MedDocs.Core.Documents;

/// <summary>
/// Reads every XML part of a .docx once with a streaming reader before OpenXml parses it: OpenXml builds its element
/// tree recursively, so a few KB of deeply nested elements overflow the stack and kill the process (a stack overflow
/// cannot be caught). The check bounds the nesting depth and the bytes the parts unpack to, counting what is
/// actually inflated (a ZIP's declared sizes can lie).
/// </summary>
internal static class DocxPackageCheck
{
    /// <summary>Why the package may not be parsed; null when it is safe.</summary>
    public static DocxProblem? Check(byte[] data, long maxUnpackedBytes, int maxDepth, CancellationToken ct)
    {
        using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
        long unpacked = 0;
        foreach (var entry in zip.Entries)
        {
            ct.ThrowIfCancellationRequested();
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using var counted = new CountingStream(entry.Open(), maxUnpackedBytes - unpacked);
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreWhitespace = true,
                CloseInput = false,
            };
            try
            {
                using var reader = XmlReader.Create(counted, settings);
                while (reader.Read())
                {
                    if (reader.Depth > maxDepth)
                    {
                        return new DocxProblem(DocxProblemKind.TooDeep, entry.FullName, maxDepth);
                    }
                }
            }
            catch (TooManyBytesException)
            {
                return new DocxProblem(DocxProblemKind.TooLarge, entry.FullName, maxUnpackedBytes);
            }

            unpacked += counted.BytesRead;
        }

        return null;
    }

    /// <summary>Counts bytes read and stops past a limit, so a part that inflates without end is refused early.</summary>
    private sealed class CountingStream(Stream inner, long limit) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            if (BytesRead > limit)
            {
                throw new TooManyBytesException();
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

    private sealed class TooManyBytesException : Exception;
}

internal enum DocxProblemKind
{
    TooDeep,
    TooLarge,
}

/// <summary>What is wrong with a package: which part, and the limit it broke.</summary>
internal sealed record DocxProblem(DocxProblemKind Kind, string Part, long Limit);
