using Extractor.Model;

namespace Extractor.Sources;

/// <summary>
/// The files below a folder, depth-first in ordinal name order so that every run sees the same sequence. Each
/// real folder is read once, however many links lead to it, so a link loop ends; a link to a file that is
/// itself below the folder is passed over (the file is read under its own name); a folder that cannot be
/// listed and a link to nothing become failed entries, and the walk goes on.
/// </summary>
public sealed class FolderWalk(string root, Func<string, bool> accepts, IReadOnlySet<string> excluded)
{
    /// <summary>A file to read, or (with <see cref="Code"/>) a place that could not be read.</summary>
    public readonly record struct Entry(string Path, string? Code = null, string? Message = null);

    /// <summary>Files passed over: not accepted, links to files read under their own name, this run's output.</summary>
    public int Skipped { get; private set; }

    public IEnumerable<Entry> Entries()
    {
        var rootReal = CanonicalPath.Of(root);
        var seen = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var (listing, problem) = List(dir);
            if (listing is null)
            {
                yield return new Entry(dir, ErrorCodes.Unreadable, $"cannot list the folder {dir}: {problem}; the files in it were not read");
                continue;
            }
            foreach (var file in listing.Files)
            {
                var link = new FileInfo(file).LinkTarget; // read once: a link is judged twice below
                if (link is not null && BrokenLink(file, link) is { } broken)
                    yield return broken;
                else if (IsExcluded(file) || (link is not null && IsInside(file, rootReal)) || !accepts(file))
                    Skipped++;
                else
                    yield return new Entry(file);
            }
            foreach (var sub in listing.Folders.AsEnumerable().Reverse())
                if (seen.Add(CanonicalPath.Of(sub)))
                    pending.Push(sub);
        }
    }

    private sealed record Listing(string[] Files, string[] Folders);

    private static (Listing? Listing, string? Problem) List(string dir)
    {
        try
        {
            return (new Listing(
                Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray(),
                Directory.GetDirectories(dir).Order(StringComparer.Ordinal).ToArray()), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>A link whose target is missing: not found, like a missing file named on the command line.</summary>
    private static Entry? BrokenLink(string file, string link)
    {
        FileSystemInfo? target;
        try
        {
            target = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            return new Entry(file, ErrorCodes.NotFound, $"a link that leads nowhere ({link}): {e.Message}");
        }
        return target is { Exists: true } ? null : new Entry(file, ErrorCodes.NotFound, $"a link to a missing file: {file} -> {link}");
    }

    /// <summary>Whether a link's file lies below the folder walked, where it is read under its own name.</summary>
    private static bool IsInside(string link, string rootReal) =>
        CanonicalPath.Of(link).StartsWith(rootReal.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // Names are compared first: the canonical path costs a system call, paid only by a file named like the output.
    private bool IsExcluded(string file) =>
        excluded.Count > 0 && excluded.Any(e => Path.GetFileName(e) == Path.GetFileName(file)) && excluded.Contains(CanonicalPath.Of(file));
}
