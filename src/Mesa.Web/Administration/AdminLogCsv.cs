using System.Globalization;
using CsvHelper;
using Mesa.Core.Administration;
using Mesa.Core.Common;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Administration;

/// <summary>
/// The administration log as a spreadsheet (CSV, UTF-8 with its mark so that Excel reads the accents): one line per
/// field changed, in the reader's words and the organisation's time; a value that a spreadsheet would run as a formula
/// is written as text.
/// </summary>
public sealed class AdminLogCsv(AdminLog log, OrganisationTime time, IStringLocalizer<Ui> text)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static string FileName(DateTimeOffset now) => $"administracion-{now:yyyyMMdd-HHmm}.csv";

    public async Task WriteAsync(AdminLog.Filter filter, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true },
            leaveOpen: true);
        foreach (var header in new[] { "When", "By", "Record", "Name", "Kind", "Field", "Before", "After" })
            csv.WriteField(text[$"AdminLog.Column.{header}"].Value);
        await csv.EndRecordAsync(ct);
        await foreach (var line in log.AllAsync(filter, ct))
        {
            IReadOnlyList<FieldChange?> fields = line.Fields.Count == 0 ? [default] : [.. line.Fields];
            foreach (var field in fields)
            {
                csv.WriteField(time.ToLocal(line.At).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(line.By);
                csv.WriteField(AdminLogWords.Record(text, line.Record));
                csv.WriteField(line.RecordName);
                csv.WriteField(AdminLogWords.Kind(text, line.Kind));
                csv.WriteField(field is null ? "" : AdminLogWords.Field(text, field.Field));
                csv.WriteField(field is null ? "" : AdminLogWords.Value(text, time, field.Field, field.Before) ?? "");
                csv.WriteField(field is null ? "" : AdminLogWords.Value(text, time, field.Field, field.After) ?? "");
                await csv.EndRecordAsync(ct);
            }
        }

        await csv.FlushAsync(ct);
    }
}
