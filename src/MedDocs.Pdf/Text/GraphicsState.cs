using MedDocs.Pdf.Fonts;

namespace MedDocs.Pdf.Text;

/// <summary>The part of the graphics state text extraction needs: the CTM and the text state parameters.</summary>
internal sealed class GraphicsState
{
    public Matrix Ctm { get; set; } = Matrix.Identity;

    public double CharSpacing { get; set; }

    public double WordSpacing { get; set; }

    public double HorizontalScaling { get; set; } = 1;

    public double Leading { get; set; }

    public PdfFont? Font { get; set; }

    /// <summary>The last Tf named a font the page's resources do not hold (or whose object is lost).</summary>
    public bool FontMissing { get; set; }

    public double FontSize { get; set; } = 1;

    public double Rise { get; set; }

    public GraphicsState Clone() => (GraphicsState)MemberwiseClone();
}
