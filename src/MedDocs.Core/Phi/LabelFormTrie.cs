using System.Runtime.CompilerServices;
using Part = MedDocs.Core.Phi.LabelledIdentifierMatcher.Part;
using PartKind = MedDocs.Core.Phi.LabelledIdentifierMatcher.PartKind;

namespace MedDocs.Core.Phi;

/// <summary>
/// The label forms of every group (<see cref="LabelFormParser"/>) in one prefix tree, so a label word is read once
/// rather than once per form (there are ~260, ~60 sharing "Med"). A walk offers every form that matches to
/// <see cref="LabelledIdentifierMatcher.Search"/>, which keeps the lowest-numbered one whose end the value part
/// accepts: the order does not matter, and subtrees holding only higher-numbered forms than the best are skipped.
/// </summary>
internal sealed class LabelFormTrie
{
    private readonly Part[] _parts;
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;

    /// <summary>The lowest form number ending at each node, or int.MaxValue.</summary>
    private readonly int[] _form;

    /// <summary>The lowest form number in each node's subtree.</summary>
    private readonly int[] _subtreeMin;

    /// <summary>Per group, the number of its first form.</summary>
    private readonly int[] _groupStarts;

    /// <summary>Per ASCII character, the root's children whose part accepts it (the root has ~20 children, one per initial).</summary>
    private readonly int[][] _rootChildren;

    private LabelFormTrie(Part[] parts, int[] firstChild, int[] nextSibling, int[] form, int[] subtreeMin, int[] groupStarts)
    {
        (_parts, _firstChild, _nextSibling, _form, _subtreeMin, _groupStarts) = (parts, firstChild, nextSibling, form, subtreeMin, groupStarts);
        _rootChildren = new int[128][];
        for (int c = 0; c < 128; c++)
        {
            var children = new List<int>();
            for (int child = firstChild[0]; child >= 0; child = nextSibling[child])
            {
                if (Step(parts[child], ((char)c).ToString(), 0) >= 0)
                {
                    children.Add(child);
                }
            }
            _rootChildren[c] = [.. children];
        }
    }

    /// <summary>A trie of <paramref name="groups"/>' forms, numbered group by group in their order.</summary>
    public static LabelFormTrie Build(Part[][][] groups)
    {
        var parts = new List<Part> { default };
        var firstChild = new List<int> { -1 };
        var nextSibling = new List<int> { -1 };
        var form = new List<int> { int.MaxValue };
        var groupStarts = new int[groups.Length];
        int number = 0;
        for (int group = 0; group < groups.Length; group++)
        {
            groupStarts[group] = number;
            foreach (var spelling in groups[group])
            {
                int node = 0;
                foreach (var part in spelling)
                {
                    int child = firstChild[node], last = -1;
                    while (child >= 0 && parts[child] != part)
                    {
                        last = child;
                        child = nextSibling[child];
                    }
                    if (child < 0)
                    {
                        child = parts.Count;
                        parts.Add(part);
                        firstChild.Add(-1);
                        nextSibling.Add(-1);
                        form.Add(int.MaxValue);
                        if (last < 0)
                        {
                            firstChild[node] = child;
                        }
                        else
                        {
                            nextSibling[last] = child;
                        }
                    }
                    node = child;
                }
                form[node] = Math.Min(form[node], number);
                number++;
            }
        }
        var subtreeMin = form.ToArray();
        // Children are added after their parents: from the last node back, each passes its minimum up.
        for (int node = parts.Count - 1; node >= 0; node--)
        {
            for (int child = firstChild[node]; child >= 0; child = nextSibling[child])
            {
                subtreeMin[node] = Math.Min(subtreeMin[node], subtreeMin[child]);
            }
        }
        return new LabelFormTrie([.. parts], [.. firstChild], [.. nextSibling], [.. form], subtreeMin, groupStarts);
    }

    /// <summary>The group form <paramref name="number"/> belongs to.</summary>
    public LabelGroup GroupOf(int number)
    {
        int group = _groupStarts.Length - 1;
        while (_groupStarts[group] > number)
        {
            group--;
        }
        return (LabelGroup)group;
    }

    /// <summary>Offers every form matching at <paramref name="start"/> to <paramref name="search"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Walk(string text, int start, ref LabelledIdentifierMatcher.Search search)
    {
        // No form ends at the root or starts with a blank (LabelFormParser refuses both): the first character picks the children.
        if (start >= text.Length || text[start] >= 128)
        {
            return;
        }
        foreach (int child in _rootChildren[text[start]])
        {
            if (_subtreeMin[child] < search.Best)
            {
                Visit(child, text, start, start + 1, ref search);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Visit(int node, string text, int start, int at, ref LabelledIdentifierMatcher.Search search)
    {
        if (_form[node] != int.MaxValue)
        {
            search.Offer(text, start, at, _form[node]);
        }
        for (int child = _firstChild[node]; child >= 0; child = _nextSibling[child])
        {
            if (_subtreeMin[child] >= search.Best)
            {
                continue;
            }
            int next = Step(_parts[child], text, at);
            if (next >= 0)
            {
                Visit(child, text, start, next, ref search);
            }
        }
    }

    /// <summary>Where <paramref name="part"/> matched at <paramref name="at"/> ends, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(in Part part, string text, int at)
    {
        if (part.Kind == PartKind.Character)
        {
            if (at >= text.Length)
            {
                return -1;
            }
            char c = text[at];
            return c == part.C0 || c == part.C1 || c == part.C2 || c == part.C3 ? at + 1 : -1;
        }
        // [ \t]+ or [ \t]*, all of them: no part starts with a blank, so giving some back never helps.
        int i = at;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return part.Kind == PartKind.OneOrMoreBlanks && i == at ? -1 : i;
    }
}
