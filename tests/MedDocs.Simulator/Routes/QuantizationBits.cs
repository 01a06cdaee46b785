using System.Globalization;

namespace MedDocs.Simulator;

/// <summary>Bits per weight from a quantization name: "Q4_K_M" → 4, "Q8_0" → 8, "4bit" → 4, "F16" → 16.</summary>
internal static class QuantizationBits
{
    public static int? Of(string quantization)
    {
        int start = quantization.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return null;
        }

        int end = start;
        while (end < quantization.Length && char.IsAsciiDigit(quantization[end]))
        {
            end++;
        }

        return int.Parse(quantization.AsSpan(start, end - start), CultureInfo.InvariantCulture);
    }
}
