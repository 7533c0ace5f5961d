using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// A mailbox as the administrators see it: from the settings files (<see cref="Configured"/> is its place there,
/// read-only) or kept in the browser (<see cref="Id"/>). The password is never shown, only whether there is one.
/// </summary>
public sealed record MailboxEntry(long? Id, string Address, string Host, int Port, string Security, string User,
    bool PasswordSet, string? Service, TicketType Type, string Folder, string ProcessedFolder, string ErrorFolder,
    string TrustedAuthServId, bool Active, int? Configured)
{
    public bool Editable => Id is not null;

    /// <summary>The settings that fix it ("Mesa__Mailboxes__0"), for one of the settings files.</summary>
    public string? Variable => Configured is { } index ? VariableOf(index) : null;

    public static string VariableOf(int index) => $"Mesa__Mailboxes__{index}";
}

/// <summary>
/// Guía §6 "Correo electrónico" without a developer: the inbound mailboxes an administrator adds, changes, turns off
/// or removes in the browser, next to those of the settings files (which work on their own and are only shown here),
/// each tried with <i>probar conexión</i> before or after it is saved. Changes go to the administration log.
/// </summary>
public sealed class MailboxAdministration(MesaDbContext db, StoredSecrets secrets, IMailConnections connections,
    TicketReferences refs, IOptions<MesaSettings> settings)
{
    public async Task<IReadOnlyList<MailboxEntry>> ListAsync(CancellationToken ct)
    {
        var configured = settings.Value.Mailboxes
            .Select((m, i) => (Mailbox: m, Index: i)).Where(c => c.Mailbox.IsConfigured)
            .Select(c => Entry(c.Mailbox, c.Index));
        var kept = await db.Mailboxes.AsNoTracking().Include(m => m.Service).OrderBy(m => m.Address).ToListAsync(ct);
        return [.. configured, .. kept.Select(Entry)];
    }

    public async Task<MailboxEntry> GetAsync(long id, CancellationToken ct) =>
        Entry(await db.Mailboxes.AsNoTracking().Include(m => m.Service).SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException(Rules.MailboxNotFound, id));

    public async Task<long> CreateAsync(MailboxInput input, CancellationToken ct)
    {
        var address = await CheckAddressAsync(input.Address, null, ct);
        var mailbox = new Mailbox(address);
        // Whatever a new mailbox needs is asked for, not left at a default nobody chose.
        var complete = input with { Host = input.Host ?? "", User = input.User ?? "" };
        var password = string.IsNullOrEmpty(input.Password) ? throw new InputException("password", Rules.Required) : input.Password;
        mailbox.Change(complete, await ServiceAsync(input.Service, ct), secrets.Protect(StoredSecrets.Check("password", password, Mailbox.PasswordMaxLength)));
        db.Mailboxes.Add(mailbox);
        await db.SaveChangesAsync(ct);
        return mailbox.Id;
    }

    public async Task ChangeAsync(long id, MailboxInput input, CancellationToken ct)
    {
        var mailbox = await FindAsync(id, ct);
        await ApplyAsync(mailbox, input, ct);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(long id, CancellationToken ct)
    {
        db.Mailboxes.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Tries a mailbox as typed, before it is saved: with <paramref name="id"/>, what is left out (the password above
    /// all) is the saved mailbox's. Nothing is saved either way.
    /// </summary>
    public async Task<MailConnectionCheck> TestAsync(MailboxInput input, long? id, CancellationToken ct)
    {
        try
        {
            MailboxSettings mailbox;
            if (id is { } saved)
            {
                var kept = await FindAsync(saved, ct);
                await ApplyAsync(kept, input, ct);
                mailbox = kept.AsSettings(input.Password is { Length: > 0 } typed ? typed : secrets.Unprotect(kept.ProtectedPassword) ?? "");
            }
            else
            {
                var address = InputText.Required("address", input.Address, Notification.AddressMaxLength);
                var draft = new Mailbox(address);
                draft.Change(input with { Host = input.Host ?? "", User = input.User ?? "" }, await ServiceAsync(input.Service, ct), null);
                mailbox = draft.AsSettings(input.Password ?? "");
            }

            return await connections.CheckMailboxAsync(mailbox, ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Tries one of the settings files' mailboxes, by its place there (<c>Mesa__Mailboxes__N</c>).</summary>
    public Task<MailConnectionCheck> TestConfiguredAsync(int index, CancellationToken ct) =>
        settings.Value.Mailboxes.ElementAtOrDefault(index) is { IsConfigured: true } mailbox
            ? connections.CheckMailboxAsync(mailbox, ct)
            : throw new NotFoundException(Rules.MailboxNotFound, MailboxEntry.VariableOf(index));

    private async Task ApplyAsync(Mailbox mailbox, MailboxInput input, CancellationToken ct)
    {
        if (input.Address is not null && !string.Equals(input.Address.Trim(), mailbox.Address, StringComparison.Ordinal))
            mailbox.Rename(await CheckAddressAsync(input.Address, mailbox.Id, ct));
        var password = string.IsNullOrEmpty(input.Password) ? null : secrets.Protect(StoredSecrets.Check("password", input.Password, Mailbox.PasswordMaxLength));
        mailbox.Change(input, await ServiceAsync(input.Service, ct), password);
    }

    private async Task<Mailbox> FindAsync(long id, CancellationToken ct) =>
        await db.Mailboxes.Include(m => m.Service).SingleOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new NotFoundException(Rules.MailboxNotFound, id);

    private async Task<string> CheckAddressAsync(string? typed, long? id, CancellationToken ct)
    {
        var address = InputText.Required("address", typed is null ? null : InputText.Clean(typed), Notification.AddressMaxLength);
        if (!MailAddresses.IsPlain(address)) throw new InputException("address", Rules.InvalidEmail, address);
        var upper = address.ToUpperInvariant();
        var configured = settings.Value.Mailboxes.Select((m, i) => (m.Address, Index: i))
            .FirstOrDefault(c => string.Equals(c.Address, address, StringComparison.OrdinalIgnoreCase));
        if (configured.Address is not null)
            throw new InputException("address", Rules.MailboxFromConfiguration, address, MailboxEntry.VariableOf(configured.Index));
        if (await db.Mailboxes.AnyAsync(m => m.Id != id && m.Address.ToUpper() == upper, ct))
            throw new InputException("address", Rules.MailboxAddressTaken, address);
        return address;
    }

    /// <summary>The service by name (an active one); blank for none.</summary>
    private async Task<Catalog.Service?> ServiceAsync(string? name, CancellationToken ct) =>
        (await refs.ClassificationAsync(name, null, ct)).Item1;

    private static MailboxEntry Entry(Mailbox m) => new(m.Id, m.Address, m.Host, m.Port, m.Security, m.User,
        m.ProtectedPassword.Length > 0, m.Service?.Name, m.Type, m.Folder, m.ProcessedFolder, m.ErrorFolder, m.TrustedAuthServId,
        m.Active, null);

    private static MailboxEntry Entry(MailboxSettings m, int index) => new(null, m.Address, m.Host, m.Port, m.Security,
        m.User, m.Password.Length > 0, string.IsNullOrWhiteSpace(m.Service) ? null : m.Service, m.TicketType, m.Folder,
        m.ProcessedFolder, m.ErrorFolder, m.TrustedAuthServId, true, index);
}
