using System.Diagnostics;

namespace MedDocs.Core.Tests.Security;

/// <summary>
/// A fact that needs Linux user, network and mount namespaces (`unshare -rnm`) and python3 for its listener; it is
/// skipped, saying why, where they are missing, so the CI log shows it did not run rather than that it passed.
/// </summary>
public sealed class NetworkNamespaceFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(FindMissing);

    public NetworkNamespaceFactAttribute()
    {
        if (Missing.Value is { } why)
        {
            Skip = why;
        }
    }

    private static string? FindMissing()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux network namespaces (unshare -rnm)";
        }
        if (!File.Exists("/usr/bin/python3"))
        {
            return "needs /usr/bin/python3 for the listener inside the namespace";
        }
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("unshare", "-rnm true") { RedirectStandardError = true, UseShellExecute = false })!;
            probe.WaitForExit(10_000);
            return probe.ExitCode == 0 ? null : "unshare -rnm is not permitted here (user namespaces disabled)";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "needs the unshare command (util-linux)";
        }
    }
}
