using System.Runtime.InteropServices;

namespace Extractor.Sources;

/// <summary>
/// A file's one name: absolute, with every symbolic link and "." or ".." resolved (POSIX realpath). "samples",
/// "./samples/" and "/home/me/clone/samples" are the same folder, and a link loop is recognised as a folder
/// already seen. Where realpath cannot be called (Windows) or the path does not exist, the full path.
/// </summary>
public static partial class CanonicalPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
            return full;
        try
        {
            var resolved = OperatingSystem.IsLinux() ? RealPathLinux(full, 0) : RealPathOther(full, 0);
            if (resolved == 0)
                return full; // missing, or a dangling link: the caller reports it
            try
            {
                return Marshal.PtrToStringUTF8(resolved) ?? full;
            }
            finally
            {
                Marshal.FreeCoTaskMem(resolved); // free(3): CoTaskMem is malloc on Unix
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return full;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathLinux(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPathOther(string path, nint resolved);
}
