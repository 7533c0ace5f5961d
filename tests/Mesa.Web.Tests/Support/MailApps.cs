namespace Mesa.Web.Tests.Support;

/// <summary>Mesa with outbound mail to a real SMTP server on loopback (issue 7), on SQLite.</summary>
public sealed class MailSqliteApp : SqliteApp
{
    protected override bool WithSmtp => true;
}

/// <summary>Mesa with outbound mail to a real SMTP server on loopback (issue 7), on PostgreSQL.</summary>
public sealed class MailPostgresApp : PostgresApp
{
    protected override bool WithSmtp => true;
}
