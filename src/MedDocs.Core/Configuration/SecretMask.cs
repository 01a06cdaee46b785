namespace MedDocs.Core.Configuration;

/// <summary>Shows that a secret is set without showing the secret.</summary>
public static class SecretMask
{
    /// <summary>Shortest secret whose last four characters may be shown: shorter ones would give away too much.</summary>
    public const int MinimumLengthToShowTail = 12;

    /// <summary>null stays null (unset); otherwise "****" plus, for long secrets, the last 4 characters.</summary>
    public static string? Mask(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return null;
        }
        return secret.Length >= MinimumLengthToShowTail ? "****" + secret[^4..] : "****";
    }
}
