namespace MedDocs.Module.Tests;

/// <summary>Finds files of the repository from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Manifest => Path.Combine(Root, "MedDocs.psd1");
    public static string FormatFile => Path.Combine(Root, "module", "MedDocs.format.ps1xml");
    public static string HelpFile => Path.Combine(Root, "module", "en-US", "MedDocs.dll-Help.xml");
    public static string AboutFile => Path.Combine(Root, "module", "en-US", "about_MedDocs.help.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MedDocs.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MedDocs.sln not found above " + AppContext.BaseDirectory);
    }
}
