namespace MedDocs.Core.Phi;

/// <summary>
/// Fellowships and honorary letters after a clinician's name and degree ("Keiko Hill, MD, FASE", "R. Okafor MD FACC"): all
/// capitals, no name. Generic vocabulary of US, UK and Canadian professional colleges.
/// </summary>
internal static class PostNominals
{
    private static readonly AsciiWordSet Fellowships = new(
    [
        "fase", "facc", "facs", "facp", "fccp", "fccm", "faap", "faan", "facog", "facep", "faafp", "fasn", "faha", "fhrs", "fscai", "fsir",
        "facr", "faans", "face", "fasa", "fapa", "faota", "fapta", "faamfm", "fasmbs", "fsvs", "fast", "facg", "fasge", "faasm", "fcap",
        "frcpc", "frcsc", "frcp", "frcs", "frcr", "frcog", "frcpath", "frcpsych", "fracp", "fracs", "faane", "faanp", "fnap", "fache",
        "dabr", "dabsm", "dabpn", "dabim", "dabfm", "rdcs", "rdms", "rvt", "rpsgt", "rcs", "rcis", "arrt", "cctc", "mbbs", "mrcp",
    ]);

    /// <summary>Whether <paramref name="word"/> (any case) is a fellowship or board letters after a name.</summary>
    public static bool IsFellowship(ReadOnlySpan<char> word) => Fellowships.Contains(word);
}
