using System.IO.Compression;

namespace MedDocs.Core.Documents;

/// <summary>What the first bytes of a file say it is.</summary>
internal enum SniffedFormat
{
    /// <summary>No signature recognised: decide from the extension and the decoded text.</summary>
    Unknown,
    Pdf,
    Docx,
    /// <summary>A ZIP that is not a Word document (xlsx, pptx, plain zip).</summary>
    OtherZip,
    /// <summary>Starts like a ZIP but the archive cannot be read.</summary>
    BrokenZip,
    /// <summary>A recognised non-document format (image, executable, archive, legacy Office, audio).</summary>
    KnownBinary,
}

internal sealed record Sniffed(SniffedFormat Format, string? Description = null, long DocxBodyBytes = 0);

/// <summary>Recognises formats by content, so a misnamed file is still read (or refused) for what it is.</summary>
internal static class ContentSniffer
{
    private const int PdfHeaderWindow = 1024;

    private static readonly (byte[] Magic, string Description)[] BinarySignatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], "a TIFF image (convert scanned TIFFs to PDF)"),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], "a TIFF image (convert scanned TIFFs to PDF)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office file (.doc/.xls) or a password-protected Office document (save it as .docx or PDF without a password)"),
        ("{\\rtf"u8.ToArray(), "an RTF document (save it as .docx or PDF)"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ("Rar!"u8.ToArray(), "a RAR archive"),
        ("ID3"u8.ToArray(), "an MP3 recording (transcribe it with WhisperX first)"),
        ("fLaC"u8.ToArray(), "a FLAC recording (transcribe it with WhisperX first)"),
        ("OggS"u8.ToArray(), "an Ogg recording (transcribe it with WhisperX first)"),
    ];

    public static Sniffed Sniff(byte[] data)
    {
        // PDF readers accept the header anywhere in the first KB (some files start with junk or a MacBinary header).
        var window = data.AsSpan(0, Math.Min(data.Length, PdfHeaderWindow));
        if (window.IndexOf("%PDF-"u8) >= 0)
        {
            return new Sniffed(SniffedFormat.Pdf);
        }

        if (data.AsSpan().StartsWith("PK\x03\x04"u8) || data.AsSpan().StartsWith("PK\x05\x06"u8))
        {
            return SniffZip(data);
        }

        foreach (var (magic, description) in BinarySignatures)
        {
            if (data.AsSpan().StartsWith(magic))
            {
                return new Sniffed(SniffedFormat.KnownBinary, description);
            }
        }

        if (data.Length >= 12 && data.AsSpan().StartsWith("RIFF"u8))
        {
            var riffType = data.AsSpan(8, 4);
            var description = riffType.SequenceEqual("WAVE"u8) ? "a WAV recording (transcribe it with WhisperX first)"
                : riffType.SequenceEqual("WEBP"u8) ? "a WebP image"
                : "a RIFF media file";
            return new Sniffed(SniffedFormat.KnownBinary, description);
        }

        if (data.Length >= 2 && data[0] == 'M' && data[1] == 'Z' && Array.IndexOf(data, (byte)0, 0, Math.Min(data.Length, 512)) >= 0)
        {
            return new Sniffed(SniffedFormat.KnownBinary, "a Windows executable");
        }

        return new Sniffed(SniffedFormat.Unknown);
    }

    private static Sniffed SniffZip(byte[] data)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
            var body = zip.GetEntry("word/document.xml");
            if (body is not null)
            {
                return new Sniffed(SniffedFormat.Docx, DocxBodyBytes: body.Length);
            }

            var description = zip.GetEntry("xl/workbook.xml") is not null ? "an Excel workbook (.xlsx)"
                : zip.GetEntry("ppt/presentation.xml") is not null ? "a PowerPoint presentation (.pptx)"
                : "a ZIP archive without a Word document (extract it and load the files inside)";
            return new Sniffed(SniffedFormat.OtherZip, description);
        }
        catch (InvalidDataException)
        {
            return new Sniffed(SniffedFormat.BrokenZip, "a damaged ZIP package");
        }
    }

    /// <summary>
    /// Binary data that slipped past the signatures: any NUL, or more than 5% control characters
    /// (other than tab, LF, CR, FF, VT) in the first 8,000 characters.
    /// </summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8000));
        if (sample.IsEmpty)
        {
            return false;
        }

        var controls = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((c < 0x20 && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == 0x7F)
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }
}
