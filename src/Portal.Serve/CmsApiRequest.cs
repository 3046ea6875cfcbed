using System.Globalization;
using System.Text.Json;

namespace Portal.Serve;

/// <summary>
/// What the web editor may ask decap-server, as a list of what is allowed rather than of what is not: each action Decap
/// 3.16.3's proxy backend sends, each field of its parameters with its kind, and every file or folder name checked
/// against the input folder (<see cref="InputFolder"/>), in <c>entry</c>, <c>dataFiles</c>, <c>assets</c> and
/// <c>paths</c> too. An unknown action or field, a field of the wrong kind, a name given twice, or a path outside the input
/// folder refuses the whole request. What is forwarded is written anew from the values checked, never the bytes
/// received, so decap-server cannot read the request differently from this check.
/// </summary>
internal static class CmsApiRequest
{
    /// <summary>A field's check: null when it is allowed (and then written to the forwarded request), else why not.</summary>
    private delegate string? Field(JsonElement value, Utf8JsonWriter forwarded, InputFolder input);

    private static readonly Field Text = (value, forwarded, _) => WriteString(value, forwarded, _ => true);
    private static readonly Field Path = (value, forwarded, input) => WriteString(value, forwarded, input.Contains);

    /// <summary>A branch, collection or slug: letters of any script, digits, and <c>- _ . /</c>, never <c>..</c> or a leading <c>-</c>.</summary>
    private static readonly Field Name = (value, forwarded, _) => WriteString(value, forwarded, IsName);
    private static readonly Field Status = (value, forwarded, _) => WriteString(value, forwarded, s => s is "draft" or "pending_review" or "pending_publish");
    private static readonly Field Encoding = (value, forwarded, _) => WriteString(value, forwarded, s => s == "base64");

    private static readonly Field Depth = (value, forwarded, _) =>
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var depth) || depth is < 0 or > 100)
        {
            return "depth";
        }

        forwarded.WriteNumberValue(depth);
        return null;
    };

    private static readonly Field Flag = (value, forwarded, _) =>
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "flag";
        }

        forwarded.WriteBooleanValue(value.GetBoolean());
        return null;
    };

    private static readonly Field DataFile = Object(("slug", Name), ("path", Path), ("raw", Text), ("newPath", Path));
    private static readonly Field Asset = Object(("path", Path), ("content", Text), ("encoding", Encoding));
    private static readonly Field CommitOnly = Object(("commitMessage", Text));
    private static readonly (string, Field) Branch = ("branch", Name);
    private static readonly (string, Field) Collection = ("collection", Name);
    private static readonly (string, Field) Slug = ("slug", Name);
    private static readonly (string, Field) LabelPrefix = ("cmsLabelPrefix", Text);

    private static readonly Dictionary<string, Field> Actions = new(StringComparer.Ordinal)
    {
        ["info"] = Object(),
        ["entriesByFolder"] = Object(Branch, ("folder", Path), ("extension", Text), ("depth", Depth)),
        ["entriesByFiles"] = Object(Branch, ("files", ArrayOf(Object(("path", Path), ("label", Text))))),
        ["getEntry"] = Object(Branch, ("path", Path)),
        ["unpublishedEntries"] = Object(Branch),
        ["unpublishedEntry"] = Object(Branch, ("id", Name), Collection, Slug, LabelPrefix),
        ["unpublishedEntryDataFile"] = Object(Branch, Collection, Slug, ("path", Path), ("id", Name)),
        ["unpublishedEntryMediaFile"] = Object(Branch, Collection, Slug, ("path", Path), ("id", Name)),
        ["deleteUnpublishedEntry"] = Object(Branch, Collection, Slug),
        ["persistEntry"] = Object(Branch, ("entry", DataFile), ("dataFiles", ArrayOf(DataFile)), ("assets", ArrayOf(Asset)), LabelPrefix,
            ("options", Object(("newEntry", Flag), ("commitMessage", Text), ("collectionName", Name), ("useWorkflow", Flag), ("hasSubfolders", Flag),
                ("unpublished", Flag), ("status", Status)))),
        ["updateUnpublishedEntryStatus"] = Object(Branch, Collection, Slug, ("newStatus", Status), LabelPrefix),
        ["publishUnpublishedEntry"] = Object(Branch, Collection, Slug),
        ["getMedia"] = Object(Branch, ("mediaFolder", Path)),
        ["getMediaFile"] = Object(Branch, ("path", Path)),
        ["persistMedia"] = Object(Branch, ("asset", Asset), ("options", CommitOnly)),
        ["deleteFile"] = Object(Branch, ("path", Path), ("options", CommitOnly)),
        ["deleteFiles"] = Object(Branch, ("paths", ArrayOf(Path)), ("options", CommitOnly)),
        ["getDeployPreview"] = Object(Branch, Collection, Slug),
    };

    /// <summary>The request to forward, or why it is refused (<paramref name="refusal"/>, naming the field).</summary>
    public static byte[]? Check(JsonElement request, InputFolder input, out string refusal)
    {
        refusal = "";
        using var buffer = new MemoryStream();
        using (var forwarded = new Utf8JsonWriter(buffer))
        {
            // Decap sends the branch beside the action too; the action, written plainly, decides which parameters are allowed.
            var action = request.ValueKind == JsonValueKind.Object && request.TryGetProperty("action", out var given)
                ? Actions.Keys.FirstOrDefault(name => given.GetRawText() == $"\"{name}\"") : null;
            var why = action is null ? "an action Decap does not send" : Object(("action", Text), Branch, ("params", Actions[action]))(request, forwarded, input);
            if (why is null && request.TryGetProperty("params", out var parameters) && !ListingStaysInside(action, parameters, input))
            {
                why = "a link in the folder leads outside the input folder";
            }

            if (why is not null)
            {
                refusal = why;
                return null;
            }
        }

        return buffer.ToArray();
    }

    /// <summary>decap-server reads every file a listing finds: a link among them must not lead out.</summary>
    private static bool ListingStaysInside(string? action, JsonElement parameters, InputFolder input) => action switch
    {
        "entriesByFolder" => !parameters.TryGetProperty("folder", out var folder) || input.ListingStaysInside(folder.GetString()!,
            parameters.TryGetProperty("depth", out var depth) ? depth.GetInt32() : 1),
        "getMedia" => !parameters.TryGetProperty("mediaFolder", out var media) || input.ListingStaysInside(media.GetString()!, 1),
        _ => true,
    };

    private static Field Object(params (string Name, Field Field)[] fields)
    {
        var allowed = fields.ToDictionary(f => f.Name, f => f.Field, StringComparer.Ordinal);
        return (value, forwarded, input) =>
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                return "an object";
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            forwarded.WriteStartObject();
            foreach (var property in value.EnumerateObject())
            {
                if (!seen.Add(property.Name))
                {
                    return $"'{property.Name}' given twice";
                }

                if (!allowed.TryGetValue(property.Name, out var field))
                {
                    return $"field '{property.Name}'";
                }

                forwarded.WritePropertyName(property.Name);
                if (field(property.Value, forwarded, input) is { } why)
                {
                    return $"{property.Name}: {why}";
                }
            }

            forwarded.WriteEndObject();
            return null;
        };
    }

    private static Field ArrayOf(Field item) => (value, forwarded, input) =>
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return "a list";
        }

        forwarded.WriteStartArray();
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (item(element, forwarded, input) is { } why)
            {
                return $"[{index}] {why}";
            }

            index++;
        }

        forwarded.WriteEndArray();
        return null;
    };

    private static string? WriteString(JsonElement value, Utf8JsonWriter forwarded, Func<string, bool> allowed)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return "a string";
        }

        // A lone surrogate (\ud800) is not text: refused here, where decap-server would read it as something else.
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "not valid text";
        }

        if (!allowed(text))
        {
            return $"'{(text.Length > 200 ? text[..200] + "…" : text)}' is not allowed";
        }

        forwarded.WriteStringValue(text);
        return null;
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= 512 && name[0] != '-' && !name.Contains("..", StringComparison.Ordinal)
        && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
}
