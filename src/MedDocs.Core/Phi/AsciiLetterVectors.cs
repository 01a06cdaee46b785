using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MedDocs.Core.Phi;

/// <summary>
/// Sixteen characters at a time: which are ASCII letters, lower-cased. Shared by the vectorised scans (month words,
/// label and cue words); callers check <see cref="Vector256.IsHardwareAccelerated"/> and keep a plain loop for other CPUs.
/// </summary>
internal static class AsciiLetterVectors
{
    /// <summary>The 16 characters at <paramref name="index"/>, with the ASCII case bit set (letters lower-cased; other characters only compared as letters or not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> Lower(ReadOnlySpan<ushort> chars, int index) =>
        Vector256.Create(chars.Slice(index, Vector256<ushort>.Count)) | Vector256.Create((ushort)0x20);

    /// <summary>All bits set in the lanes of <paramref name="lower"/> (from <see cref="Lower"/>) that are ASCII letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<ushort> IsLetter(Vector256<ushort> lower) =>
        Vector256.LessThanOrEqual(lower - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
}
