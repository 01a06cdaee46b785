namespace MedDocs;

internal static class Placeholder
{
}
