using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Portal.Features.Editor;

namespace Portal.Serve;

/// <summary>
/// <c>/_portal/cms/api/v1</c>: the web editor's one way to decap-server. The preview server has already checked
/// <c>Host</c> and <c>Origin</c> (<see cref="OwnOrigin"/>); here the body must be declared as JSON (a page elsewhere can
/// send <c>text/plain</c> without asking first, never <c>application/json</c>), be JSON, and pass
/// <see cref="CmsApiRequest"/>: an action and fields Decap sends, every path in the input folder. Only then is it
/// forwarded, over the backend's private socket with its secret (<see cref="DecapServer"/>).
/// </summary>
internal sealed class CmsApiProxy(DecapServer cms, InputFolder input)
{
    public async Task Forward(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (!IsJson(context.Request.ContentType))
        {
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType,
                "ต้องส่งเป็น application/json", "the body must be sent as application/json").ConfigureAwait(false);
            return;
        }

        byte[]? forwarded;
        string refusal;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
            forwarded = CmsApiRequest.Check(body.RootElement, input, out refusal);
        }
        catch (JsonException)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "ข้อมูลที่ส่งมาไม่ใช่ JSON", "the body is not JSON").ConfigureAwait(false);
            return;
        }
        catch (BadHttpRequestException e)
        {
            await Refuse(context, e.StatusCode, "คำขอไม่ถูกต้องหรือใหญ่เกินไป", "the request is malformed or too large").ConfigureAwait(false);
            return;
        }

        if (forwarded is null)
        {
            await Refuse(context, StatusCodes.Status403Forbidden,
                $"หน้าแก้ไขเนื้อหาอ่านและเขียนได้เฉพาะไฟล์ในโฟลเดอร์เนื้อหา และเฉพาะคำสั่งของ Decap: {refusal}",
                $"the web editor reads and writes only files in the input folder, with Decap's own actions: {refusal}").ConfigureAwait(false);
            return;
        }

        forwarded = WithSavedPagesMerged(forwarded, input);
        try
        {
            using var response = await cms.SendAsync(forwarded, context.RequestAborted).ConfigureAwait(false);

            // A failure behind the proxy is the gateway's (502), not this request's.
            context.Response.StatusCode = (int)response.StatusCode >= 500 ? StatusCodes.Status502BadGateway : (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString() ?? "application/json";
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        }
        catch (HttpRequestException) when (!context.Response.HasStarted)
        {
            await Refuse(context, StatusCodes.Status502BadGateway, "decap-server ไม่ตอบ", "decap-server did not answer").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A save of pages that already exist, each merged into its text on disk (<see cref="SavedPageMerge"/>), so unchanged
    /// lines stay as staff wrote them. Only the checked request's <c>raw</c> values change; every path was checked already.
    /// </summary>
    internal static byte[] WithSavedPagesMerged(byte[] checkedRequest, InputFolder input)
    {
        var request = JsonNode.Parse(checkedRequest)!;
        if (request["action"]?.GetValue<string>() != "persistEntry" || request["params"] is not JsonObject parameters)
        {
            return checkedRequest;
        }

        var files = (parameters["dataFiles"] as JsonArray ?? []).Append(parameters["entry"]).OfType<JsonObject>();
        foreach (var file in files)
        {
            if (file["path"]?.GetValue<string>() is { } path && file["raw"]?.GetValue<string>() is { } raw && input.ReadText(path) is { } onDisk)
            {
                file["raw"] = SavedPageMerge.Merge(onDisk, raw);
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(request);
    }

    /// <summary>Exactly <c>application/json</c>, with a UTF-8 charset or none: what Decap sends.</summary>
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && string.Equals(type.MediaType, "application/json", StringComparison.OrdinalIgnoreCase)
        && (type.CharSet is null || string.Equals(type.CharSet.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase));

    private static Task Refuse(HttpContext context, int status, string thai, string english)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = $"{thai} ({english})" }, context.RequestAborted);
    }
}
