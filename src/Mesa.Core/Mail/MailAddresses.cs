using System.Net.Mail;

namespace Mesa.Core.Mail;

public static class MailAddresses
{
    /// <summary>A bare address ("soporte@entidad.gov.co"): no display name, no angle brackets, nothing around it.</summary>
    public static bool IsPlain(string address) =>
        address.Length <= Notification.AddressMaxLength && MailAddress.TryCreate(address, out var parsed) && parsed.Address == address;
}
