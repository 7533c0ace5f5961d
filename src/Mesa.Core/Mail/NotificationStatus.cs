namespace Mesa.Core.Mail;

public enum NotificationStatus
{
    Pending,
    Sent,
    Failed,
}
