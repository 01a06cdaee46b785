namespace MedDocs.Pdf.Text;

/// <summary>A PDF transformation matrix [a b c d e f]; points are row vectors, so A × B applies A first.</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    public static Matrix Translation(double x, double y) => new(1, 0, 0, 1, x, y);

    public Matrix Multiply(Matrix m) => new(
        (A * m.A) + (B * m.C),
        (A * m.B) + (B * m.D),
        (C * m.A) + (D * m.C),
        (C * m.B) + (D * m.D),
        (E * m.A) + (F * m.C) + m.E,
        (E * m.B) + (F * m.D) + m.F);

    public (double X, double Y) Transform(double x, double y) => ((x * A) + (y * C) + E, (x * B) + (y * D) + F);

    /// <summary>Length of the transformed unit y vector: how tall 1 unit of text is on the page.</summary>
    public double VerticalScale => Math.Sqrt((C * C) + (D * D));
}
