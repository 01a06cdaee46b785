using MedDocs.Core.Phi;

namespace MedDocs.Core.Tests.Phi;

/// <summary>The hand-written ".tld" match of ASCII texts must find exactly what the pattern finds.</summary>
public sealed class DomainSuffixTests
{
    public static TheoryData<string> Texts() =>
    [
        "see portal.example.com/records or www.Example.ORG, nhs.example.uk and done.in time",
        "x.com. y.comx z.com-a w.com_b v.com1 u.co t.c s.health! r.HEALTHY q.info p.inform o.in.",
        "a.io/b.us?c.uk#d.ca e.de;f.fr g.nl h.se i.no j.dk k.fi l.pl m.cz n.be o.ch p.at q.it r.es s.pt t.br",
        "u.au v.nz w.jp x.cn y.in z.hu a.cy b.uy c.ar d.mx e.eu f.ie g.is h.gr .com ..org . .",
        "ends with a dot. and a.com",
        "ends with tld.gov",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Hand_written_match_equals_the_pattern(string text)
    {
        var expected = new List<(int, int)>();
        foreach (var m in PhiPatterns.DomainSuffix().EnumerateMatches(text))
        {
            expected.Add((m.Index, m.Length));
        }
        var actual = new List<(int, int)>();
        for (int dot = text.IndexOf('.'); dot >= 0; dot = text.IndexOf('.', dot + 1))
        {
            int length = DomainSuffix.MatchAt(text, dot);
            if (length > 0)
            {
                actual.Add((dot, length));
            }
        }
        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
    }
}
