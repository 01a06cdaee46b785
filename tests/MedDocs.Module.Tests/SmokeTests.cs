namespace MedDocs.Module.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.StartsWith("MedDocs", typeof(SmokeTests).Assembly.GetName().Name, StringComparison.Ordinal);
}
