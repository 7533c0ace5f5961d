using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Web.Hosting;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// Settings that would expose people stop the start or are said loudly: a mail security value Mesa does not know
/// (a typing error must never mean plain text), mail without TLS to another machine, and listening beyond this machine
/// without the public address the e-mails' links are made from.
/// </summary>
public sealed class StartupCheckTests
{
    [Fact]
    public async Task A_mistyped_mail_security_value_stops_the_start_with_a_spanish_reason()
    {
        var (exitCode, output) = await MesaProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Mesa__Smtp__Host"] = "127.0.0.1",
            ["Mesa__Smtp__From"] = "mesa@mesa.test",
            ["Mesa__Smtp__Security"] = "tsl",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Mesa__Smtp__Security=tsl no es un valor de seguridad conocido", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_security_values_and_plain_text_to_other_machines_are_found_in_smtp_and_every_mailbox()
    {
        var settings = new MesaSettings
        {
            Smtp = new SmtpSettings { Host = "smtp.entidad.gov.co", Security = "none" },
            Mailboxes =
            [
                new MailboxSettings { Address = "soporte@entidad.gov.co", Host = "127.0.0.1", Security = "none" },
                new MailboxSettings { Address = "peticiones@entidad.gov.co", Host = "imap.entidad.gov.co", Security = "SSL" },
            ],
        };

        Assert.Equal(["Mesa__Mailboxes__1__Security=SSL"], StartupChecks.UnknownSecurity(settings));
        Assert.Equal(["Mesa__Smtp__Security (smtp.entidad.gov.co)"], StartupChecks.PlainText(settings));
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", null, "http://0.0.0.0:8080")]
    [InlineData("http://+:80", null, "http://+:80")]
    [InlineData("http://*:80", null, "http://*:80")]
    [InlineData("http://[::]:8080", null, "http://[::]:8080")]
    [InlineData("http://10.20.30.40:8080", null, "http://10.20.30.40:8080")]
    [InlineData("http://0.0.0.0:8080", "https://mesa.entidad.gov.co", null)]
    [InlineData("http://127.0.0.1:5000;http://localhost:5001;http://[::1]:5002", null, null)]
    public void Listening_beyond_this_machine_needs_the_public_address(string urls, string? publicUrl, string? refused)
    {
        Assert.Equal(refused, StartupChecks.ListensBeyondWithoutPublicUrl(urls.Split(';'), publicUrl));
    }
}
