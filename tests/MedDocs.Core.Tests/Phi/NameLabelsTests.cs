using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The span lookup of person labels before a colon: blanks collapse, any case, whole words only.</summary>
public sealed class NameLabelsTests
{
    [Theory]
    [InlineData("Patient: x", true)]
    [InlineData("PATIENT NAME: x", true)]
    [InlineData("Ordering \t  Provider  : x", true)]
    [InlineData("Patient's name: x", true)]
    [InlineData("the next of kin: x", true)]
    [InlineData("cc: x", true)]
    [InlineData("MRN: x", false)]
    [InlineData("Outpatient: x", false)]
    [InlineData("xpatient: x", false)]
    [InlineData("2patient: x", false)]
    [InlineData("Supercalifragilisticexpialidocious provider: x", true)]
    [InlineData("Supercalifragilisticexpialidociousness: x", false)]
    [InlineData("Pätient: x", false)]
    [InlineData("Name\n: x", false)]
    public void Finds_labels_ending_at_the_colon(string text, bool expected)
    {
        Assert.Equal(expected, NameLabels.EndsWithLabel(text, text.IndexOf(':')));
    }
}
