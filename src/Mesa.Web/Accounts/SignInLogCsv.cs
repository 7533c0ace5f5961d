using System.Globalization;
using CsvHelper;
using Mesa.Core.Common;
using Mesa.Core.People.Security;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Accounts;

/// <summary>
/// The sign-in log as a spreadsheet (CSV, UTF-8 with its mark so that Excel reads the accents), in the reader's words
/// and the organisation's time. A value a person typed that a spreadsheet would run as a formula is written as text.
/// </summary>
public sealed class SignInLogCsv(SignInLog log, OrganisationTime time, IStringLocalizer<Ui> text)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(DateTimeOffset now) => $"ingresos-{now:yyyyMMdd-HHmm}.csv";

    public async Task WriteAsync(SignInLog.Filter filter, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true },
            leaveOpen: true);
        foreach (var header in new[] { "When", "Kind", "UserName", "Method", "Channel", "Address", "By", "Detail" })
            csv.WriteField(text[$"SignInLog.Column.{header}"].Value);
        await csv.EndRecordAsync(ct);
        await foreach (var line in log.AllAsync(filter, ct))
        {
            csv.WriteField(time.ToLocal(line.At).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture));
            csv.WriteField(Words.Kind(text, line.Kind));
            csv.WriteField(line.UserName);
            csv.WriteField(Words.Method(text, line.Method));
            csv.WriteField(Words.Channel(text, line.Channel));
            csv.WriteField(line.Address ?? "");
            csv.WriteField(line.By ?? "");
            csv.WriteField(Words.Detail(text, line.Detail));
            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }

    /// <summary>The log's codes in the reader's words (the page shows them the same way).</summary>
    public static class Words
    {
        public static string Kind(IStringLocalizer<Ui> text, SignInEventKind kind) => text[$"SignInLog.Kind.{kind}"].Value;

        public static string Method(IStringLocalizer<Ui> text, SignInMethod? method) =>
            method is { } m ? text[$"SignInLog.Method.{m}"].Value : "";

        public static string Channel(IStringLocalizer<Ui> text, SignInChannel? channel) =>
            channel is { } c ? text[$"SignInLog.Channel.{c}"].Value : "";

        public static string Detail(IStringLocalizer<Ui> text, string? detail)
        {
            if (detail is null) return "";
            var words = text[$"SignInLog.Detail.{detail}"];
            return words.ResourceNotFound ? detail : words.Value;
        }
    }
}
