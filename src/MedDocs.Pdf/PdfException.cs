namespace MedDocs.Pdf;

/// <summary>The PDF is corrupt beyond repair or uses a feature this reader does not support.</summary>
public class PdfException : Exception
{
    public PdfException() { }

    public PdfException(string message) : base(message) { }

    public PdfException(string message, Exception innerException) : base(message, innerException) { }
}
