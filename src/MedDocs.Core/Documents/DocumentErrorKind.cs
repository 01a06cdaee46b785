namespace MedDocs.Core.Documents;

/// <summary>Why a document could not be loaded; hosts map it to an error id and category.</summary>
public enum DocumentErrorKind
{
    /// <summary>No such file (or the path is a directory).</summary>
    NotFound,
    /// <summary>Not a type MedDocs reads (image, archive, executable, unknown extension, binary data).</summary>
    Unsupported,
    /// <summary>Larger than <see cref="DocumentLimits.MaxBytes"/>.</summary>
    TooLarge,
    /// <summary>More pages than <see cref="DocumentLimits.MaxPages"/>.</summary>
    TooManyPages,
    /// <summary>Took longer than <see cref="DocumentLimits.TimeBudget"/>.</summary>
    Timeout,
    /// <summary>Encrypted with a password that was not given (or was wrong).</summary>
    PasswordProtected,
    /// <summary>The right type but damaged or malformed.</summary>
    Corrupt,
    /// <summary>The file exists but cannot be read (permissions, locked, I/O error).</summary>
    Unreadable,
}
