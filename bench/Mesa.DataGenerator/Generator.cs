using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Mesa.Infrastructure.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mesa.DataGenerator;

/// <summary>
/// Fills a database with N realistic tickets: the demo catalogue and ANS, a few thousand people, ten years of
/// tickets lived through the domain, written in bulk. Runs on a new database (or one with only the demo set).
/// </summary>
public static class Generator
{
    public sealed record Result(int Tickets, long Events, long Actions, TimeSpan Elapsed, TimeSpan Living, TimeSpan Writing)
    {
        public int Changes { get; init; }
    }

    private static readonly string[] SecondLineGroups =
        ["Redes y Comunicaciones", "Sistemas de Información", "Infraestructura", "Soporte en Sitio", "Seguridad de la Información"];

    public static async Task<Result> RunAsync(GeneratorOptions options, CancellationToken ct)
    {
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var now = options.Now ?? clock.GetUtcNow();
        await using var provider = Services(options);
        using var scope = provider.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<MesaDbContext>();

        await DatabaseSetup.PrepareAsync(db, migrate: true, ct);
        await sp.GetRequiredService<ReferenceData>().EnsureAsync(ct);
        await sp.GetRequiredService<DemoData>().CreateIfEmptyAsync(ct);
        if (await db.Tickets.CountAsync(ct) > 10)
            throw new InvalidOperationException("The database already holds tickets: the generator fills a new database.");

        var random = new Random(options.Seed);
        var desk = await PeopleAndModelAsync(db, sp, options, ct);
        var factory = new TicketFactory(desk, random, now);
        var times = CreationTimes(random, options.Tickets, now.AddYears(-options.Years), now.AddMinutes(-30));

        var counters = await db.TicketCounters.AsNoTracking().ToDictionaryAsync(c => c.Year, c => c.LastValue, ct);
        var nextTicket = (await db.Tickets.MaxAsync(t => (long?)t.Id, ct) ?? 0) + 1;
        var nextEvent = (await db.TicketEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1;
        var nextAction = (await db.TicketActions.MaxAsync(a => (long?)a.Id, ct) ?? 0) + 1;
        var nextStop = (await db.Set<ClockStop>().MaxAsync(s => (long?)s.Id, ct) ?? 0) + 1;
        var zone = sp.GetRequiredService<OrganisationTime>();
        long events = 0, actions = 0;

        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        if (!db.IsSqlite) await SkipForeignKeyTriggersAsync(db, ct);
        await using IBulkWriter writer = db.IsSqlite
            ? new SqliteBulkWriter(db, (SqliteConnection)connection)
            : new PostgresBulkWriter(db, (NpgsqlConnection)connection);
        var progress = new Progress(options.Tickets, options.Quiet, clock);
        TimeSpan living = default, writing = default;
        for (var first = 0; first < times.Length; first += GeneratorOptions.BatchSize)
        {
            var tickets = new List<Ticket>(GeneratorOptions.BatchSize);
            var eventRows = new List<TicketEvent>();
            var actionRows = new List<TicketAction>();
            var stopRows = new List<ClockStop>();
            var mark = clock.GetTimestamp();
            foreach (var created in times.AsSpan(first, Math.Min(GeneratorOptions.BatchSize, times.Length - first)))
            {
                var year = zone.ToLocal(created).Year;
                var number = counters[year] = counters.GetValueOrDefault(year) + 1;
                var ticket = factory.Create(TicketCodes.Format("REQ", year, number), created);
                var id = nextTicket++;
                TableShape.SetId(ticket, id);
                foreach (var e in ticket.Events)
                {
                    TableShape.SetId(e, nextEvent++);
                    TableShape.Set(e, nameof(TicketEvent.TicketId), id);
                }

                foreach (var a in ticket.Actions)
                {
                    TableShape.SetId(a, nextAction++);
                    TableShape.Set(a, nameof(TicketAction.TicketId), id);
                }

                foreach (var s in ticket.ClockStops)
                {
                    TableShape.SetId(s, nextStop++);
                    TableShape.Set(s, nameof(ClockStop.TicketId), id);
                }

                tickets.Add(ticket);
                eventRows.AddRange(ticket.Events);
                actionRows.AddRange(ticket.Actions);
                stopRows.AddRange(ticket.ClockStops);
            }

            living += clock.GetElapsedTime(mark);
            mark = clock.GetTimestamp();
            await writer.WriteAsync(tickets, ct);
            await writer.WriteAsync(eventRows, ct);
            await writer.WriteAsync(actionRows, ct);
            await writer.WriteAsync(stopRows, ct);
            events += eventRows.Count;
            actions += actionRows.Count;
            writing += clock.GetElapsedTime(mark);
            progress.Report(Math.Min(first + GeneratorOptions.BatchSize, times.Length));
        }

        var changeCounters = await ChangesAsync(db, writer, new ChangeFactory(desk, random, now),
            CreationTimes(random, options.ChangeCount, now.AddYears(-options.Years), now.AddMinutes(-30)), zone, ct);
        await FinishAsync(db, counters, changeCounters, ct);
        return new Result(options.Tickets, events, actions, clock.GetElapsedTime(started), living, writing) { Changes = options.ChangeCount };
    }

    /// <summary>The changes (Guía §5 RFC) over the same years, lived through the domain and written in bulk.</summary>
    private static async Task<Dictionary<int, long>> ChangesAsync(MesaDbContext db, IBulkWriter writer, ChangeFactory factory,
        DateTimeOffset[] times, OrganisationTime zone, CancellationToken ct)
    {
        var counters = new Dictionary<int, long>();
        var next = new Dictionary<string, long>
        {
            ["change"] = (await db.Changes.MaxAsync(c => (long?)c.Id, ct) ?? 0) + 1,
            ["event"] = (await db.Set<Mesa.Core.Changes.ChangeEvent>().MaxAsync(e => (long?)e.Id, ct) ?? 0) + 1,
            ["approval"] = (await db.Set<Mesa.Core.Changes.ChangeApproval>().MaxAsync(a => (long?)a.Id, ct) ?? 0) + 1,
            ["team"] = (await db.Set<Mesa.Core.Changes.ChangeTeamMember>().MaxAsync(m => (long?)m.Id, ct) ?? 0) + 1,
        };
        for (var first = 0; first < times.Length; first += GeneratorOptions.BatchSize)
        {
            var changes = new List<Mesa.Core.Changes.ChangeRequest>();
            foreach (var created in times.AsSpan(first, Math.Min(GeneratorOptions.BatchSize, times.Length - first)))
            {
                var year = zone.ToLocal(created).Year;
                var number = counters[year] = counters.GetValueOrDefault(year) + 1;
                var change = factory.Create($"{Mesa.Core.Changes.ChangeRequest.CodePrefix} {year}-{number:D6}", created);
                var id = next["change"]++;
                TableShape.SetId(change, id);
                foreach (var e in change.Events) Child(e, "event", nameof(Mesa.Core.Changes.ChangeEvent.ChangeId), id);
                foreach (var a in change.Approvals) Child(a, "approval", nameof(Mesa.Core.Changes.ChangeApproval.ChangeId), id);
                foreach (var m in change.Team) Child(m, "team", nameof(Mesa.Core.Changes.ChangeTeamMember.ChangeId), id);
                changes.Add(change);
            }

            await writer.WriteAsync(changes, ct);
            await writer.WriteAsync(changes.SelectMany(c => c.Events).ToList(), ct);
            await writer.WriteAsync(changes.SelectMany(c => c.Approvals).ToList(), ct);
            await writer.WriteAsync(changes.SelectMany(c => c.Team).ToList(), ct);
        }

        return counters;

        void Child(object row, string sequence, string key, long parent)
        {
            TableShape.SetId(row, next[sequence]++);
            TableShape.Set(row, key, parent);
        }
    }

    private static ServiceProvider Services(GeneratorOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<MesaSettings>();
        services.AddMesaDatabase(new DatabaseOptions { Provider = options.Provider, ConnectionString = options.ConnectionString },
            Path.GetFullPath("data"));
        services.AddMesaCore();
        // Nothing here keeps a secret beyond the run.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddIdentityCore<User>().AddRoles<Role>().AddEntityFrameworkStores<MesaDbContext>();
        return services.BuildServiceProvider();
    }

    /// <summary>Creation instants over the years, in order, mostly within office hours on weekdays.</summary>
    private static DateTimeOffset[] CreationTimes(Random random, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var span = (to - from).Ticks;
        var times = new DateTimeOffset[count];
        for (var i = 0; i < count; i++)
        {
            var t = from.AddTicks((long)(random.NextDouble() * span));
            var local = t.ToOffset(TimeSpan.FromHours(-5));
            var office = local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.Hour is >= 7 and < 17;
            if (!office && random.NextDouble() < 0.8)
            {
                var day = local.Date.AddDays(local.Hour >= 17 ? 1 : 0);
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
                t = new DateTimeOffset(day.AddMinutes(420 + random.Next(0, 600)), TimeSpan.FromHours(-5));
                if (t > to) t = to.AddMinutes(-random.Next(1, 600));
            }

            times[i] = t.ToUniversalTime();
        }

        Array.Sort(times);
        return times;
    }

    private static async Task<DeskModel> PeopleAndModelAsync(MesaDbContext db, IServiceProvider sp, GeneratorOptions options,
        CancellationToken ct)
    {
        var normaliser = sp.GetRequiredService<ILookupNormalizer>();
        User Person(string userName, string displayName) => new()
        {
            UserName = userName,
            NormalizedUserName = normaliser.NormalizeName(userName),
            Email = $"{userName}@mesa.test",
            NormalizedEmail = normaliser.NormalizeEmail($"{userName}@mesa.test"),
            EmailConfirmed = true,
            DisplayName = displayName,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            LockoutEnabled = true,
        };

        var requesters = Enumerable.Range(1, options.Requesters).Select(i => Person($"funcionario{i:D4}", $"Funcionario {i:D4}")).ToList();
        var mesa2 = new SupportGroup("Mesa de Servicio Virtual", 1);
        var second = SecondLineGroups.Select(n => new SupportGroup(n, 2)).ToList();
        var agents = new List<(User, SupportGroup)>();
        foreach (var group in second.Prepend(mesa2))
        {
            for (var i = 1; i <= 6; i++)
                agents.Add((Person($"{Slug(group.Name)}{i}", $"Agente {i} de {group.Name}"), group));
        }

        db.Users.AddRange(requesters);
        db.Users.AddRange(agents.Select(a => a.Item1));
        db.Groups.AddRange(second.Prepend(mesa2));
        await db.SaveChangesAsync(ct);
        foreach (var (user, group) in agents) group.AddMember(user.Id);
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        db.UserRoles.AddRange(requesters.Select(u => new IdentityUserRole<long> { UserId = u.Id, RoleId = roles[Roles.Requester] }));
        db.UserRoles.AddRange(agents.Select(a => new IdentityUserRole<long> { UserId = a.Item1.Id, RoleId = roles[Roles.Agent] }));
        await db.SaveChangesAsync(ct);

        var allGroups = await db.Groups.Include(g => g.Memberships).ToListAsync(ct);
        var users = await db.Users.Where(u => !u.IsSystem).ToDictionaryAsync(u => u.Id, ct);
        (SupportGroup, IReadOnlyList<(User, Actor)>) Staffed(SupportGroup g) => (g, g.Memberships
            .Where(m => m.Role == GroupRole.Member)
            .Select(m => (users[m.UserId], new Actor(m.UserId, users[m.UserId].UserName!, new HashSet<string> { Roles.Agent },
                new HashSet<long> { g.Id }, new HashSet<long>(), g.Tier == 1))).ToList());

        var requesterRole = roles[Roles.Requester];
        var requesterIds = await db.UserRoles.Where(r => r.RoleId == requesterRole).Select(r => r.UserId).ToListAsync(ct);
        var services = await db.Services.ToDictionaryAsync(s => s.Id, ct);
        var categories = await db.Categories.Where(c => c.ParentId != null).ToListAsync(ct);
        var policy = await db.SlaPolicies.Include(p => p.Targets).Include(p => p.Calendar).SingleAsync(p => p.IsDefault, ct);
        var rules = await db.HolidayRules.ToListAsync(ct);
        var system = await sp.GetRequiredService<Actors>().SystemAsync(ct);
        var substates = await db.Substates.ToDictionaryAsync(s => s.Code, ct);
        var matrix = (await sp.GetRequiredService<SlaCatalog>().GetAsync(ct)).Matrix;
        db.ChangeTracker.Clear();

        return new DeskModel(
            requesterIds.Select(id => (users[id], new Actor(id, users[id].UserName!, new HashSet<string> { Roles.Requester },
                new HashSet<long>(), new HashSet<long>(), false))).ToList(),
            allGroups.Where(g => g.Tier == 1 && g.Memberships.Any(m => m.Role == GroupRole.Member)).Select(Staffed).ToList(),
            allGroups.Where(g => g.Tier == 2 && g.Memberships.Any(m => m.Role == GroupRole.Member)).Select(Staffed).ToList(),
            categories.Select(c => (services[c.ServiceId], c)).ToList(),
            policy, policy.Calendar!, policy.Calendar!.Schedule(rules), matrix, system, substates);
    }

    private static async Task FinishAsync(MesaDbContext db, Dictionary<int, long> counters, Dictionary<int, long> changeCounters,
        CancellationToken ct)
    {
        foreach (var (year, last) in counters)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO ticket_counters (year, last_value) VALUES ({year}, {last}) ON CONFLICT (year) DO UPDATE SET last_value = {last}",
                ct);
        }

        foreach (var (year, last) in changeCounters)
        {
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO change_counters (year, last_value) VALUES ({year}, {last}) ON CONFLICT (year) DO UPDATE SET last_value = {last}",
                ct);
        }

        if (db.IsSqlite)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", ct);
            return;
        }

        await db.Database.ExecuteSqlRawAsync("SET session_replication_role = DEFAULT;", ct);
        await PostgresBulkWriter.ResetSequencesAsync((NpgsqlConnection)db.Database.GetDbConnection(),
            ["tickets", "ticket_events", "ticket_actions", "ticket_clock_stops", "changes", "change_events", "change_approvals",
                "change_team"], ct);
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE;", ct);
    }

    /// <summary>
    /// Generated rows reference only rows that exist, so the per-row foreign-key triggers (a dozen per ticket) are
    /// skipped for this session when the role may do so (superuser); otherwise the load is just slower.
    /// </summary>
    private static async Task SkipForeignKeyTriggersAsync(MesaDbContext db, CancellationToken ct)
    {
        try
        {
            await db.Database.ExecuteSqlRawAsync("SET session_replication_role = replica;", ct);
        }
        catch (PostgresException)
        {
            // Not a superuser: foreign keys are checked row by row.
        }
    }

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(char.IsAsciiLetterLower).ToArray())[..Math.Min(12, name.Length)];
}
