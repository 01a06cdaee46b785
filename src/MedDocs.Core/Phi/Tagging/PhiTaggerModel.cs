using System.IO.Compression;
using System.Numerics;
using System.Text;

namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// The learned tagger's weights: for each label (0 = not PHI, then PHI types) and each feature the model knows, an integer
/// weight; a token's label is the one whose weights, summed over the token's features, are highest. One flat array of
/// rows (a row per feature with a non-zero weight), found through a <see cref="FeatureRowTable"/> by feature hash.
/// </summary>
/// <remarks>
/// Weights are integers (the averaged perceptron's weights × 256, rounded when the model is trained), so a score is the
/// same whatever order the rows are added in and whatever the vector width: tagging is deterministic on every machine.
/// The shipped model is an embedded resource written by <c>tests/MedDocs.PhiTagger --write-model</c>; the format is
/// described at <see cref="Write"/>.
/// </remarks>
internal sealed class PhiTaggerModel
{
    private const string ResourceName = "MedDocs.Core.Phi.phi-tagger.model.gz";
    private const int Magic = 0x5450444D; // "MDPT"
    private const int Version = 1;

    private static readonly Lazy<PhiTaggerModel> s_shared = new(LoadShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly int[] _weights;
    private readonly FeatureRowTable _rows;
    private readonly int[] _history1Rows;
    private readonly int[] _history2Rows;

    // The reader fills the weights and the table row by row (SetRow), then calls FinishLoading.
    private PhiTaggerModel(IReadOnlyList<string> labels, int rowCount)
    {
        Labels = labels.Count;
        LabelNames = labels;
        Types = new PhiType[Labels];
        for (int l = 1; l < Labels; l++)
        {
            Types[l] = Enum.TryParse<PhiType>(labels[l], out var type) && labels[0] == "O"
                ? type
                : throw new InvalidDataException($"The PHI tagger model names label '{labels[l]}', which is not a PHI type of this build; retrain it.");
        }
        Width = (Labels + Vector<int>.Count - 1) / Vector<int>.Count * Vector<int>.Count;
        // Three vectors per row read the row unpadded (the last one ending at the row's end), which saves a quarter of
        // the weights' memory and cache; other label counts use rows padded to whole vectors.
        Stride = IsThreeVectors ? Labels : Width;
        _weights = new int[rowCount * Stride + (Width - Stride)];
        _rows = new FeatureRowTable(rowCount);
        RowCount = rowCount;
        _history1Rows = new int[Labels + 1];
        _history2Rows = new int[(Labels + 1) * (Labels + 1)];
    }

    /// <summary>Row <paramref name="row"/>'s weights, to be filled by the reader.</summary>
    private Span<int> RowWeights(int row) => _weights.AsSpan(row * Stride, Labels);

    // The label-history features' rows: the previous label, and the two previous ones ("<s>" before the first token).
    private void FinishLoading()
    {
        int width = Labels + 1;
        for (int p = -1; p < Labels; p++)
        {
            _history1Rows[p + 1] = RowOf(TaggerFeatures.PreviousLabel(LabelNames, p));
        }
        for (int k = 0; k < width * width; k++)
        {
            _history2Rows[k] = RowOf(TaggerFeatures.PreviousLabels(LabelNames, k / width - 1, k % width - 1));
        }
    }

    /// <summary>The model built into MedDocs, read from its resource on first use.</summary>
    public static PhiTaggerModel Shared => s_shared.Value;

    /// <summary>How many labels: 0 is "not PHI", the others are <see cref="Types"/>.</summary>
    public int Labels { get; }

    /// <summary>"O" then PHI type names, in the model's label order.</summary>
    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>The PHI type of each label (label 0's entry is unused).</summary>
    public PhiType[] Types { get; }

    /// <summary>Labels rounded up to whole vectors: the length of a score buffer.</summary>
    public int Width { get; }

    /// <summary>The distance between rows in the weights.</summary>
    public int Stride { get; }

    /// <summary>Features with a non-zero weight.</summary>
    public int RowCount { get; }

    // More than two vectors of labels and at most three (18 labels with 256-bit vectors).
    private bool IsThreeVectors => Labels > 2 * Vector<int>.Count && Labels <= 3 * Vector<int>.Count;

    /// <summary>The row of a feature, or -1 when the model gives it no weight (it adds nothing to any score).</summary>
    public int RowOf(ulong featureHash) => _rows.RowOf(featureHash);

    /// <summary>The row of the previous-label feature (-1 = no weight); <paramref name="previous"/> -1 = sentence start.</summary>
    public int History1Row(int previous) => _history1Rows[previous + 1];

    public int History2Row(int beforePrevious, int previous) => _history2Rows[(beforePrevious + 1) * (Labels + 1) + previous + 1];

    /// <summary>Sets every label's score (the first <see cref="Labels"/> of <paramref name="scores"/>) to the sum of the given rows.</summary>
    public void Score(ReadOnlySpan<int> rows, Span<int> scores)
    {
        int vector = Vector<int>.Count;
        var weights = _weights.AsSpan();
        if (IsThreeVectors)
        {
            // The third vector covers the last labels and overlaps the second; both sum the shared labels alike.
            int last = Labels - vector;
            Vector<int> a = default, b = default, c = default;
            foreach (int row in rows)
            {
                var w = weights.Slice(row * Stride, Stride);
                a += new Vector<int>(w);
                b += new Vector<int>(w[vector..]);
                c += new Vector<int>(w[last..]);
            }
            a.CopyTo(scores);
            b.CopyTo(scores[vector..]);
            c.CopyTo(scores[last..]);
            return;
        }
        for (int k = 0; k < Width; k += vector)
        {
            var sum = Vector<int>.Zero;
            foreach (int row in rows)
            {
                sum += new Vector<int>(weights.Slice(row * Stride + k, vector));
            }
            sum.CopyTo(scores[k..]);
        }
    }

    /// <summary>
    /// Writes a model, gzipped. Format (before compression, little-endian): int32 magic "MDPT", int32 version 1, int32
    /// label count, the label names ("O" first, then PHI type names; length-prefixed UTF-8), int32 row count, then per row
    /// in increasing hash order: uint64 feature hash, byte count of non-zero weights, and per non-zero weight a byte label
    /// and the weight zig-zag encoded as a 7-bit varint.
    /// </summary>
    public static void Write(Stream stream, IReadOnlyList<string> labels, IEnumerable<(ulong Hash, int[] Weights)> rows)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        WritePayload(gzip, labels, rows);
    }

    /// <summary>The uncompressed form of <see cref="Write"/> (what a retrained model is compared by: gzip's bytes may differ between runtimes).</summary>
    public static void WritePayload(Stream stream, IReadOnlyList<string> labels, IEnumerable<(ulong Hash, int[] Weights)> rows)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(labels.Count);
        foreach (string label in labels)
        {
            writer.Write(label);
        }
        var sorted = rows.OrderBy(r => r.Hash).ToList();
        writer.Write(sorted.Count);
        foreach (var (hash, weights) in sorted)
        {
            writer.Write(hash);
            writer.Write((byte)weights.Count(w => w != 0));
            for (int l = 0; l < weights.Length; l++)
            {
                if (weights[l] != 0)
                {
                    writer.Write((byte)l);
                    writer.Write7BitEncodedInt((weights[l] << 1) ^ (weights[l] >> 31));
                }
            }
        }
    }

    /// <summary>Reads a gzipped model written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format, or two features share a hash.</exception>
    public static PhiTaggerModel Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        return ReadPayload(gzip);
    }

    /// <summary>Reads the uncompressed form.</summary>
    public static PhiTaggerModel ReadPayload(Stream stream)
    {
        // The whole payload in one buffer, parsed in place: a reader call per byte and an array per row cost more than
        // decompressing (first use of the Tagger engine pays this).
        using var buffer = new MemoryStream(1 << 20);
        stream.CopyTo(buffer);
        try
        {
            return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or FormatException)
        {
            throw new InvalidDataException("The PHI tagger model is truncated or damaged; retrain it (docs/phi.md, \"The learned tagger\").", e);
        }
    }

    private static PhiTaggerModel Parse(ReadOnlySpan<byte> payload)
    {
        var reader = new PayloadReader(payload);
        if (reader.Int32() != Magic || reader.Int32() != Version)
        {
            throw new InvalidDataException("Not a PHI tagger model of version 1.");
        }
        int labelCount = reader.Int32();
        if (labelCount is < 1 or > byte.MaxValue)
        {
            throw new InvalidDataException($"The PHI tagger model claims {labelCount} labels.");
        }
        var labels = new string[labelCount];
        for (int l = 0; l < labelCount; l++)
        {
            labels[l] = reader.String();
        }
        int rowCount = reader.Int32();
        if (rowCount < 0 || rowCount > payload.Length)
        {
            throw new InvalidDataException($"The PHI tagger model claims {rowCount} rows in {payload.Length} bytes.");
        }
        var model = new PhiTaggerModel(labels, rowCount);
        for (int r = 0; r < rowCount; r++)
        {
            ulong hash = reader.UInt64();
            var weights = model.RowWeights(r);
            int nonZero = reader.Byte();
            for (int k = 0; k < nonZero; k++)
            {
                int label = reader.Byte();
                uint zigzag = reader.VarUInt32();
                // weights[label] throws (out of range) for a label the header does not name.
                weights[label] = (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
            }
            model._rows.Add(hash, r);
        }
        model.FinishLoading();
        return model;
    }

    /// <summary>Reads the little-endian fields of <see cref="WritePayload"/> from a span (throws out of range at its end).</summary>
    private ref struct PayloadReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public byte Byte() => _data[_position++];

        public int Int32()
        {
            int value = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_data[_position..]);
            _position += 4;
            return value;
        }

        public ulong UInt64()
        {
            ulong value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(_data[_position..]);
            _position += 8;
            return value;
        }

        /// <summary>BinaryWriter's 7-bit encoded int (at most five bytes).</summary>
        public uint VarUInt32()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            throw new FormatException("A weight of the PHI tagger model is longer than five bytes.");
        }

        /// <summary>BinaryWriter's string: a 7-bit encoded byte length, then UTF-8.</summary>
        public string String()
        {
            int length = (int)VarUInt32();
            var text = Encoding.UTF8.GetString(_data.Slice(_position, length));
            _position += length;
            return text;
        }
    }

    private static PhiTaggerModel LoadShared()
    {
        using var stream = typeof(PhiTaggerModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The PHI tagger model ({ResourceName}) is missing from MedDocs.Core; rebuild MedDocs.");
        return Read(stream);
    }
}
