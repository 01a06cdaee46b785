namespace MedDocs.Pdf;

/// <summary>The PDF is encrypted and the empty or supplied password does not open it.</summary>
public sealed class PdfPasswordException : PdfException
{
    public PdfPasswordException() { }

    public PdfPasswordException(string message) : base(message) { }

    public PdfPasswordException(string message, Exception innerException) : base(message, innerException) { }
}
