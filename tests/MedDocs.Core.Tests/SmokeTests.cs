using MedDocs.Core.Configuration;

namespace MedDocs.Core.Tests;

public class SmokeTests
{
    [Fact]
    public void DefaultProviderIsAuto() => Assert.Equal(ProviderKind.Auto, new MedDocsSettings().Provider);
}
