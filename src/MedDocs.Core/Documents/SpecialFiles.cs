using System.Runtime.InteropServices;

namespace MedDocs.Core.Documents;

/// <summary>
/// Tells regular files from named pipes, devices and sockets before they are opened: opening a FIFO blocks until a
/// writer appears (no time budget can interrupt that), and a device such as /dev/zero never ends. Uses statx(2),
/// whose layout is the same on every Linux architecture; elsewhere it answers "regular" and the loader's opening
/// within the time budget and its byte cap are the guards.
/// </summary>
internal static partial class SpecialFiles
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001;
    private const ushort TypeMask = 0xF000;

    /// <summary>What the path is when it is not a regular file or a folder ("a named pipe (FIFO)"), else null.</summary>
    public static string? Describe(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            if (NativeMethods.Statx(AtFdCwd, path, 0, StatxType, out var status) != 0)
            {
                return null; // missing, a symlink loop, no permission: the open that follows reports it
            }

            return (status.Mode & TypeMask) switch
            {
                0x1000 => "a named pipe (FIFO)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => null,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a C library without statx (glibc before 2.28, musl before 1.2.5)
        }
    }

    /// <summary>The start of struct statx: the mask, block size, attributes, links, owner and the type/mode word.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatxBuffer
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint Uid;
        public uint Gid;
        public ushort Mode;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);
    }
}
