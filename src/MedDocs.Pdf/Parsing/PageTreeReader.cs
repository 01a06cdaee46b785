using MedDocs.Pdf.Objects;

namespace MedDocs.Pdf.Parsing;

/// <summary>
/// Flattens the page tree without recursion (cycles and absurd depths are cut). When the tree is
/// broken, falls back to every /Type /Page object in object-number order, as viewers do. Kids that point at
/// objects the file does not contain, and pages the root's /Count promises beyond those found, become
/// <see cref="PageEntry.Missing"/> entries, so the pages lost to damage keep their numbers.
/// </summary>
internal static class PageTreeReader
{
    private const int MaxPages = 1_000_000;

    /// <summary>Stands for a kid whose object is missing from the file.</summary>
    private static readonly PdfDictionary LostMarker = new();

    public static List<PageEntry> Read(PdfObjectStore store, int maxPages)
    {
        var pages = new List<PageEntry>();
        var visited = new HashSet<PdfDictionary>(ReferenceEqualityComparer.Instance);
        var root = store.ResolveDictionary(store.Catalog["Pages"]);
        var stack = new Stack<(PdfDictionary Node, PdfDictionary? Resources, PdfArray? MediaBox, PdfArray? CropBox, int Rotate)>();
        if (root != null)
        {
            stack.Push((root, null, null, null, 0));
        }

        var limit = Math.Min(maxPages, MaxPages);
        while (stack.Count > 0 && pages.Count < limit)
        {
            var (node, resources, mediaBox, cropBox, rotate) = stack.Pop();
            if (ReferenceEquals(node, LostMarker))
            {
                pages.Add(PageEntry.Lost());
                continue;
            }

            if (!visited.Add(node))
            {
                continue;
            }

            resources = store.ResolveDictionary(node["Resources"]) ?? resources;
            mediaBox = store.Resolve(node["MediaBox"]) as PdfArray ?? mediaBox;
            cropBox = store.Resolve(node["CropBox"]) as PdfArray ?? cropBox;
            rotate = store.Resolve(node["Rotate"]) is PdfNumber r ? r.IntValue : rotate;
            var kids = store.Resolve(node["Kids"]) as PdfArray;
            var type = node.GetName("Type");
            if (type == "Page" || (kids == null && type != "Pages"))
            {
                pages.Add(new PageEntry(node, resources, mediaBox, cropBox, rotate));
                continue;
            }

            if (kids != null)
            {
                for (var i = kids.Count - 1; i >= 0; i--)
                {
                    if (store.ResolveDictionary(kids[i]) is { } kid)
                    {
                        stack.Push((kid, resources, mediaBox, cropBox, rotate));
                    }
                    else if (store.IsDangling(kids[i]))
                    {
                        stack.Push((LostMarker, null, null, null, 0));
                    }
                }
            }
        }

        if (pages.TrueForAll(p => p.Missing))
        {
            pages.Clear();
            foreach (var number in store.ObjectNumbers)
            {
                if (pages.Count >= limit)
                {
                    break;
                }

                if (store.GetObject(number) is PdfDictionary dict && dict.GetName("Type") == "Page")
                {
                    pages.Add(new PageEntry(dict, store.ResolveDictionary(dict["Resources"]), store.Resolve(dict["MediaBox"]) as PdfArray, null, 0));
                }
            }
        }

        // A truncated file loses the last pages' objects: the root still counts them.
        var declared = root != null && store.Resolve(root["Count"]) is PdfNumber count ? count.IntValue : 0;
        if (declared > pages.Count && pages.Count > 0 && declared <= pages.Count * 4L + 16)
        {
            while (pages.Count < Math.Min(declared, limit))
            {
                pages.Add(PageEntry.Lost());
            }
        }

        return pages;
    }
}
