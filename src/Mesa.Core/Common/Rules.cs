namespace Mesa.Core.Common;

/// <summary>
/// The keys of the messages that explain a broken rule. Each key has a Spanish and an English text in
/// Messages.resx / Messages.en.resx; a test checks that none is missing.
/// </summary>
public static class Rules
{
    // Lifecycle (Guía §10–§14)
    public const string NoteRequired = nameof(NoteRequired);
    public const string TextRequired = nameof(TextRequired);
    public const string TransitionNotAllowed = nameof(TransitionNotAllowed);
    public const string TicketNotEditable = nameof(TicketNotEditable);
    public const string ActionNeedsAssignedTicket = nameof(ActionNeedsAssignedTicket);
    public const string NoteNotAllowedInState = nameof(NoteNotAllowedInState);
    public const string FirstResponseOnlyOnce = nameof(FirstResponseOnlyOnce);
    public const string TimeSpentRequired = nameof(TimeSpentRequired);
    public const string MergeIntoItself = nameof(MergeIntoItself);
    public const string MergeFinishedTicket = nameof(MergeFinishedTicket);
    public const string SplitFinishedTicket = nameof(SplitFinishedTicket);
    public const string BulkTooMany = nameof(BulkTooMany);
    public const string PreparedAnswerKeepers = nameof(PreparedAnswerKeepers);
    public const string PreparedAnswerNotFound = nameof(PreparedAnswerNotFound);

    // Integrations
    public const string WebhookUrlInvalid = nameof(WebhookUrlInvalid);
    public const string WebhookEventUnknown = nameof(WebhookEventUnknown);
    public const string WebhookSecretTooShort = nameof(WebhookSecretTooShort);
    public const string WebhookNotFound = nameof(WebhookNotFound);
    public const string AgentNotInGroup = nameof(AgentNotInGroup);
    public const string AlreadyAssignedThere = nameof(AlreadyAssignedThere);
    public const string GroupInactive = nameof(GroupInactive);
    public const string RevokeOnlyAssignedAgentOrSupervisor = nameof(RevokeOnlyAssignedAgentOrSupervisor);
    public const string RejectOnlyFromNew = nameof(RejectOnlyFromNew);
    public const string CloseAtFirstLineNeedsFirstLineAgent = nameof(CloseAtFirstLineNeedsFirstLineAgent);
    public const string ConfirmOnlyResolved = nameof(ConfirmOnlyResolved);
    public const string ConfirmOnlyRequester = nameof(ConfirmOnlyRequester);
    public const string RateOnlyClosed = nameof(RateOnlyClosed);
    public const string AlreadyRated = nameof(AlreadyRated);
    public const string SubstateNeedsAssignedTicket = nameof(SubstateNeedsAssignedTicket);
    public const string SubstateIsAutomatic = nameof(SubstateIsAutomatic);
    public const string SubstateUnchanged = nameof(SubstateUnchanged);
    public const string ReplyOnlyParticipants = nameof(ReplyOnlyParticipants);
    public const string ReplyOnFinishedTicket = nameof(ReplyOnFinishedTicket);
    public const string RegisteredTicketCannotBeDeleted = nameof(RegisteredTicketCannotBeDeleted);
    public const string StaleVersion = nameof(StaleVersion);

    // Input
    public const string Required = nameof(Required);
    public const string TooLong = nameof(TooLong);
    public const string InvalidValue = nameof(InvalidValue);
    public const string RatingOutOfRange = nameof(RatingOutOfRange);
    public const string UnknownService = nameof(UnknownService);
    public const string UnknownCategory = nameof(UnknownCategory);
    public const string UnknownLocation = nameof(UnknownLocation);
    public const string UnknownServiceType = nameof(UnknownServiceType);
    public const string UnknownRule = nameof(UnknownRule);
    public const string SlashInName = nameof(SlashInName);
    public const string ParentInactive = nameof(ParentInactive);
    public const string NotAnAgent = nameof(NotAnAgent);
    public const string NotASupervisor = nameof(NotASupervisor);

    // Attachments (issues 5, 6, 7)
    public const string AttachOnFinishedTicket = nameof(AttachOnFinishedTicket);
    public const string AttachmentTypeRefused = nameof(AttachmentTypeRefused);
    public const string AttachmentTooLarge = nameof(AttachmentTooLarge);
    public const string AttachmentEmpty = nameof(AttachmentEmpty);
    public const string AttachmentNotFound = nameof(AttachmentNotFound);
    public const string NotificationNotFailed = nameof(NotificationNotFailed);
    public const string TooManyRequests = nameof(TooManyRequests);
    public const string NotificationNotFound = nameof(NotificationNotFound);

    // Related tickets (Guía §14 Información adicional)
    public const string RelateToItself = nameof(RelateToItself);
    public const string AlreadyRelated = nameof(AlreadyRelated);
    public const string NotRelated = nameof(NotRelated);

    // Knowledge articles and problems (Guía §5, §11, §11.5)
    public const string ArticleNotFound = nameof(ArticleNotFound);
    public const string ArticleRetired = nameof(ArticleRetired);
    public const string ProblemNotFound = nameof(ProblemNotFound);
    public const string ProblemClosed = nameof(ProblemClosed);
    public const string ProblemNotOpen = nameof(ProblemNotOpen);
    public const string ProblemTransitionNotAllowed = nameof(ProblemTransitionNotAllowed);

    // Changes (Guía §5 RFC, §10)
    public const string ChangeTransitionNotAllowed = nameof(ChangeTransitionNotAllowed);
    public const string ChangeFrozen = nameof(ChangeFrozen);
    public const string ChangeNotFound = nameof(ChangeNotFound);
    public const string ChangeNeedsApprovers = nameof(ChangeNeedsApprovers);
    public const string ChangeNotAwaitingApproval = nameof(ChangeNotAwaitingApproval);
    public const string NotAnApprover = nameof(NotAnApprover);
    public const string AlreadyDecided = nameof(AlreadyDecided);
    public const string WindowEndsBeforeStart = nameof(WindowEndsBeforeStart);
    public const string WindowRequired = nameof(WindowRequired);
    public const string ReleaseClosedToChanges = nameof(ReleaseClosedToChanges);
    public const string ReleaseNeedsApprovedChange = nameof(ReleaseNeedsApprovedChange);
    public const string ReleaseTransitionNotAllowed = nameof(ReleaseTransitionNotAllowed);
    public const string ReleaseEmpty = nameof(ReleaseEmpty);
    public const string ReleaseNotFound = nameof(ReleaseNotFound);
    public const string ApprovalFlowNeedsSteps = nameof(ApprovalFlowNeedsSteps);
    public const string ApprovalFlowTooManySteps = nameof(ApprovalFlowTooManySteps);
    public const string ApprovalPersonOnlyForPersonStep = nameof(ApprovalPersonOnlyForPersonStep);
    public const string ApprovalReminderAfterTimeout = nameof(ApprovalReminderAfterTimeout);
    public const string ApprovalFlowNameTaken = nameof(ApprovalFlowNameTaken);
    public const string ApprovalFlowNotFound = nameof(ApprovalFlowNotFound);
    public const string UnknownApprovalFlow = nameof(UnknownApprovalFlow);
    public const string ApprovalFlowInactive = nameof(ApprovalFlowInactive);
    public const string ApprovalAlreadyStarted = nameof(ApprovalAlreadyStarted);
    public const string ApprovalNotWaiting = nameof(ApprovalNotWaiting);
    public const string ApprovalNotYours = nameof(ApprovalNotYours);
    public const string ApprovalRejectNeedsReason = nameof(ApprovalRejectNeedsReason);
    public const string AwaitingApproval = nameof(AwaitingApproval);
    public const string ManagerIsSelf = nameof(ManagerIsSelf);
    public const string ChangeInOtherRelease = nameof(ChangeInOtherRelease);

    // Tasks, activities and milestones (Guía §11 "Mis tareas")
    public const string TaskNeedsAssignee = nameof(TaskNeedsAssignee);
    public const string TaskTransitionNotAllowed = nameof(TaskTransitionNotAllowed);
    public const string TaskWaitsFor = nameof(TaskWaitsFor);
    public const string TaskDependencyNotSibling = nameof(TaskDependencyNotSibling);
    public const string TaskDependencyCircle = nameof(TaskDependencyCircle);
    public const string OpenTasks = nameof(OpenTasks);
    public const string TaskNotFound = nameof(TaskNotFound);
    public const string TaskParentClosed = nameof(TaskParentClosed);
    public const string AlreadyLinked = nameof(AlreadyLinked);
    public const string NotLinked = nameof(NotLinked);

    // Notificar (Guía §15.1)
    public const string NoticeNeedsRecipient = nameof(NoticeNeedsRecipient);
    public const string NoticeOnlyTicketPeople = nameof(NoticeOnlyTicketPeople);
    public const string NoticeOnlyChangePeople = nameof(NoticeOnlyChangePeople);
    public const string UnknownMailTemplate = nameof(UnknownMailTemplate);
    public const string MailTemplateUnknownMark = nameof(MailTemplateUnknownMark);

    // Templates (Guía §5 Plantilla)
    public const string UnknownTemplate = nameof(UnknownTemplate);
    public const string TemplateFieldRequired = nameof(TemplateFieldRequired);
    public const string TemplateFieldNumber = nameof(TemplateFieldNumber);
    public const string TemplateFieldDate = nameof(TemplateFieldDate);
    public const string TemplateFieldChoice = nameof(TemplateFieldChoice);
    public const string TemplateFieldUnknown = nameof(TemplateFieldUnknown);
    public const string TemplateFieldRepeated = nameof(TemplateFieldRepeated);
    public const string TemplateChoiceNeedsOptions = nameof(TemplateChoiceNeedsOptions);
    public const string TemplateTooManyFields = nameof(TemplateTooManyFields);
    public const string TicketFieldUnknown = nameof(TicketFieldUnknown);

    // Import
    public const string ImportTooLarge = nameof(ImportTooLarge);
    public const string ImportEmpty = nameof(ImportEmpty);
    public const string ImportMalformed = nameof(ImportMalformed);
    public const string ImportUnknownColumn = nameof(ImportUnknownColumn);
    public const string ImportMissingColumn = nameof(ImportMissingColumn);
    public const string ImportInvalidWord = nameof(ImportInvalidWord);
    public const string ImportRowRejected = nameof(ImportRowRejected);
    public const string ImportAmbiguousPerson = nameof(ImportAmbiguousPerson);
    public const string ImportCodeInvalid = nameof(ImportCodeInvalid);
    public const string ImportCodeRepeated = nameof(ImportCodeRepeated);
    public const string ImportCodeTaken = nameof(ImportCodeTaken);
    public const string ImportActionWithoutTicket = nameof(ImportActionWithoutTicket);
    public const string ImportSubstateNeedsAssigned = nameof(ImportSubstateNeedsAssigned);
    public const string ImportDateInvalid = nameof(ImportDateInvalid);
    public const string ImportDateInFuture = nameof(ImportDateInFuture);
    public const string ImportDateBeforeRegistration = nameof(ImportDateBeforeRegistration);
    public const string ImportRunning = nameof(ImportRunning);
    public const string AmbiguousCategory = nameof(AmbiguousCategory);
    public const string UnknownGroup = nameof(UnknownGroup);
    public const string UnknownUser = nameof(UnknownUser);
    public const string UnknownSubstate = nameof(UnknownSubstate);
    public const string RequesterOnlyForSelf = nameof(RequesterOnlyForSelf);
    public const string InformedUsersByStaffOnly = nameof(InformedUsersByStaffOnly);
    public const string MailNotHeld = nameof(MailNotHeld);
    public const string AnonymizeSelf = nameof(AnonymizeSelf);
    public const string AlreadyAnonymized = nameof(AlreadyAnonymized);
    public const string AnonymizeWithOpenWork = nameof(AnonymizeWithOpenWork);
    public const string RequesterOnlyPortal = nameof(RequesterOnlyPortal);
    public const string DuplicateInformedUser = nameof(DuplicateInformedUser);
    public const string MalformedBody = nameof(MalformedBody);
    public const string JsonBodyRequired = nameof(JsonBodyRequired);
    public const string BodyTooLarge = nameof(BodyTooLarge);
    public const string InvalidVersion = nameof(InvalidVersion);
    public const string InvalidDate = nameof(InvalidDate);
    public const string InvalidInstant = nameof(InvalidInstant);
    public const string InvalidTime = nameof(InvalidTime);
    public const string InvalidDuration = nameof(InvalidDuration);
    public const string OutOfRange = nameof(OutOfRange);
    public const string DuplicateName = nameof(DuplicateName);
    public const string UnknownJob = nameof(UnknownJob);

    // Reports (Guía §4)
    public const string ReportsForSupervisors = nameof(ReportsForSupervisors);
    public const string ReportTooManyPeriods = nameof(ReportTooManyPeriods);
    public const string ReportPeriodReversed = nameof(ReportPeriodReversed);
    public const string UnknownReport = nameof(UnknownReport);
    public const string InvalidEmail = nameof(InvalidEmail);
    public const string ReportScheduleNoRecipients = nameof(ReportScheduleNoRecipients);
    public const string ReportScheduleTooManyAddresses = nameof(ReportScheduleTooManyAddresses);
    public const string ReportScheduleNotFound = nameof(ReportScheduleNotFound);
    public const string ReportScheduleNotYours = nameof(ReportScheduleNotYours);

    /// <summary>The agency's directory did not answer (a sync, or a sign-in that needs it).</summary>
    public const string DirectoryUnavailable = nameof(DirectoryUnavailable);

    // Second factor and sessions
    public const string WrongCode = nameof(WrongCode);
    public const string SecondFactorAlreadyOn = nameof(SecondFactorAlreadyOn);
    public const string SecondFactorNotStarted = nameof(SecondFactorNotStarted);
    public const string SecondFactorNotOn = nameof(SecondFactorNotOn);
    public const string SecondFactorRequired = nameof(SecondFactorRequired);
    public const string UnknownSession = nameof(UnknownSession);
    public const string SecondFactorNeeded = nameof(SecondFactorNeeded);

    // ANS (Guía §4, §14.2)
    public const string UnknownTimeZone = nameof(UnknownTimeZone);
    public const string InvalidWorkingWeek = nameof(InvalidWorkingWeek);
    public const string TargetsForEveryPriority = nameof(TargetsForEveryPriority);
    public const string InvalidTargets = nameof(InvalidTargets);
    public const string UnknownCalendar = nameof(UnknownCalendar);
    public const string UnknownPolicy = nameof(UnknownPolicy);
    public const string CalendarInUse = nameof(CalendarInUse);

    // Routing
    public const string AbsenceEndsBeforeStart = nameof(AbsenceEndsBeforeStart);
    public const string AlertsBySupervisors = nameof(AlertsBySupervisors);
    public const string AlertEndsBeforeStart = nameof(AlertEndsBeforeStart);
    public const string AlertEndsInThePast = nameof(AlertEndsInThePast);
    public const string AlertNotFound = nameof(AlertNotFound);
    public const string AbsenceOnlyOwnOrSupervised = nameof(AbsenceOnlyOwnOrSupervised);

    // Access
    public const string TicketNotFound = nameof(TicketNotFound);
    public const string DraftNotFound = nameof(DraftNotFound);
    public const string TokenNotFound = nameof(TokenNotFound);
    public const string TokenNeedsPassword = nameof(TokenNeedsPassword);
    public const string AttachmentWithoutType = nameof(AttachmentWithoutType);
    public const string AttachmentQuotaReached = nameof(AttachmentQuotaReached);
    public const string StaffOnly = nameof(StaffOnly);
    public const string AdminOnly = nameof(AdminOnly);
    public const string NotSignedIn = nameof(NotSignedIn);
    public const string NotFound = nameof(NotFound);

    // People and roles (Guía §4: the administrators parametrize the platform)
    public const string InvalidUserName = nameof(InvalidUserName);
    public const string DuplicateUserName = nameof(DuplicateUserName);
    public const string DuplicateEmail = nameof(DuplicateEmail);
    public const string UserNameFixed = nameof(UserNameFixed);
    public const string CannotDeactivateSelf = nameof(CannotDeactivateSelf);
    public const string PersonHasOpenTickets = nameof(PersonHasOpenTickets);
    public const string PersonHasRecords = nameof(PersonHasRecords);
    public const string DirectoryOwnsField = nameof(DirectoryOwnsField);
    public const string UnknownRole = nameof(UnknownRole);
    public const string WeakPassword = nameof(WeakPassword);
    public const string LastAdministrator = nameof(LastAdministrator);
    public const string PersonHasNoAddress = nameof(PersonHasNoAddress);
    public const string PersonInactive = nameof(PersonInactive);
    public const string MailNotConfigured = nameof(MailNotConfigured);

    // Substates as the operation needs them (Guía §10)
    public const string SubstateOfOtherState = nameof(SubstateOfOtherState);
    public const string DuplicateSubstate = nameof(DuplicateSubstate);
    public const string InvalidSubstateCode = nameof(InvalidSubstateCode);
    public const string SubstateState = nameof(SubstateState);
    public const string AutomaticSubstateFixed = nameof(AutomaticSubstateFixed);
    public const string SubstateStateFixed = nameof(SubstateStateFixed);
    public const string CodeFixed = nameof(CodeFixed);

    // Custom fields (Guía §14.5)
    public const string UnknownCustomField = nameof(UnknownCustomField);
    public const string InvalidCustomFieldName = nameof(InvalidCustomFieldName);
    public const string DuplicateCustomField = nameof(DuplicateCustomField);
    public const string CustomFieldKindFixed = nameof(CustomFieldKindFixed);
    public const string CustomFieldChoicesNeeded = nameof(CustomFieldChoicesNeeded);
    public const string CustomFieldChoicesOnlyForChoice = nameof(CustomFieldChoicesOnlyForChoice);
    public const string CustomFieldUnknown = nameof(CustomFieldUnknown);
    public const string CustomFieldNotApplicable = nameof(CustomFieldNotApplicable);
    public const string CustomFieldRequired = nameof(CustomFieldRequired);
    public const string CustomFieldNumber = nameof(CustomFieldNumber);
    public const string CustomFieldDate = nameof(CustomFieldDate);
    public const string CustomFieldBool = nameof(CustomFieldBool);
    public const string CustomFieldChoice = nameof(CustomFieldChoice);

    // Organisation settings in the browser (Guía §4)
    public const string UnknownSetting = nameof(UnknownSetting);
    public const string SettingFixedByConfiguration = nameof(SettingFixedByConfiguration);
    public const string InvalidAddress = nameof(InvalidAddress);
    public const string InvalidTicketPrefix = nameof(InvalidTicketPrefix);
    public const string InvalidHost = nameof(InvalidHost);
    public const string SurveyOff = nameof(SurveyOff);

    // Mailboxes and the mail server in the browser (Guía §6 "Correo electrónico")
    public const string MailboxAddressTaken = nameof(MailboxAddressTaken);
    public const string MailboxFoldersDiffer = nameof(MailboxFoldersDiffer);
    public const string MailboxNotFound = nameof(MailboxNotFound);
    public const string MailboxFromConfiguration = nameof(MailboxFromConfiguration);
    public const string SmtpNotConfigured = nameof(SmtpNotConfigured);

    // The first administrator of a new installation
    public const string SetupDone = nameof(SetupDone);
    public const string SetupKeyWrong = nameof(SetupKeyWrong);

    // The configuration as one document
    public const string ConfigurationVersion = nameof(ConfigurationVersion);
    public const string ConfigurationUnreadable = nameof(ConfigurationUnreadable);
    public const string ConfigurationRefused = nameof(ConfigurationRefused);
}
