using System;
using System.IO;
using System.Linq;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Storage;
using LeadKit.Import;
using LeadKit.Validation;

namespace LeadKit.Cli.Files;

/// <summary>
/// Field maps saved by name (<c>import --save-map NAME</c>) and reused (<c>import --map NAME</c>):
/// JSON files (<see cref="FieldMap.ToJson"/>) in a <c>leadkit-maps</c> folder beside the SQLite
/// database (for PostgreSQL, in the current directory). <c>--map</c> also takes the path of a map file.
/// </summary>
internal static class SavedMaps
{
    /// <summary>Loads a map by name or path.</summary>
    /// <param name="host">The host.</param>
    /// <param name="target">The database (where saved maps live).</param>
    /// <param name="nameOrPath">The <c>--map</c> value.</param>
    /// <returns>The map.</returns>
    /// <exception cref="CliException">No such map, or it is not a field map.</exception>
    public static FieldMap Load(CliHost host, DatabaseTarget target, string nameOrPath)
    {
        var path = File.Exists(Path.GetFullPath(nameOrPath, host.CurrentDirectory)) ? Path.GetFullPath(nameOrPath, host.CurrentDirectory) : PathOf(host, target, nameOrPath);
        if (!File.Exists(path))
        {
            throw new CliException($"No field map '{nameOrPath}': save one with import --save-map NAME, or give a map file's path.");
        }

        try
        {
            return FieldMap.FromJson(File.ReadAllText(path));
        }
        catch (LeadKitValidationException e)
        {
            throw new CliException($"'{path}' is not a field map: {e.Message}");
        }
    }

    /// <summary>Saves a map under a name.</summary>
    /// <param name="host">The host.</param>
    /// <param name="target">The database.</param>
    /// <param name="map">The map (its name is the file's).</param>
    /// <returns>The file written.</returns>
    public static string Save(CliHost host, DatabaseTarget target, FieldMap map)
    {
        var path = PathOf(host, target, map.Name ?? throw new ArgumentException("A saved map needs a name.", nameof(map)));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, map.ToJson());
        return path;
    }

    private static string PathOf(CliHost host, DatabaseTarget target, string name)
    {
        if (name.Length == 0 || name.Any(c => Path.GetInvalidFileNameChars().Contains(c)) || name is "." or "..")
        {
            throw new CliException($"'{name}' cannot name a saved map: use letters, digits, spaces, dots and hyphens.", ExitCodes.Usage);
        }

        var folder = target.Kind == DatabaseKind.Sqlite ? Path.GetDirectoryName(target.Location)! : host.CurrentDirectory;
        return Path.Combine(folder, "leadkit-maps", name + ".json");
    }
}
