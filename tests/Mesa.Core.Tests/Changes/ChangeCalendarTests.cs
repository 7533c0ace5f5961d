using Mesa.Core.Changes;
using static Mesa.Core.Tests.Support.Demo;

namespace Mesa.Core.Tests.Changes;

/// <summary>The change calendar flags changes whose windows overlap on the same service, and only those.</summary>
public sealed class ChangeCalendarTests
{
    private static CalendarEntry Entry(long id, long? service, string start, string end) =>
        new(id, $"RFC 2026-{id:D6}", $"Cambio {id}", ChangeState.Scheduled, service, null, At(start), At(end));

    [Fact]
    public void Windows_that_overlap_on_one_service_flag_each_other_and_touching_or_other_services_do_not()
    {
        var mail = Entry(1, 1, "2026-03-07 22:00", "2026-03-08 02:00");
        var mailToo = Entry(2, 1, "2026-03-08 01:00", "2026-03-08 03:00");
        var afterwards = Entry(3, 1, "2026-03-08 03:00", "2026-03-08 04:00");
        var network = Entry(4, 2, "2026-03-07 23:00", "2026-03-08 01:00");
        var noService = Entry(5, null, "2026-03-07 23:00", "2026-03-08 01:00");

        var overlaps = ChangeCalendar.Overlaps([mail, mailToo, afterwards, network, noService]);

        Assert.Equal(["RFC 2026-000002"], overlaps[1]);
        Assert.Equal(["RFC 2026-000001"], overlaps[2]);
        Assert.False(overlaps.ContainsKey(3) || overlaps.ContainsKey(4) || overlaps.ContainsKey(5));
    }
}
