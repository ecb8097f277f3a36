public final class Cfg {
    public static final String STORAGE = "https://files.contoso-media.com/Customers?sv=2019-02-02&spr=https&st=2026-11-10T20%3A00%3A00Z&se=2027-08-27T10%3A24%3A12Z&sip=168.1.5.60-168.1.5.70&sp=ad&sig=8GNcklWZ%2BCmOzSYF6ptuw75n%2Bd1i95%2FanSEuQXUNS20%3D&tn=Customers";
    static final String OTHER = "SharedAccessSignature sr=https%3A%2F%2Ftelemetry-7hoh.servicebus.windows.net%2Forders&sig=HoNB9iSQ3j9%2FSmsvXLNnYEJp4IoxdZhVs1mRHxMKsBc%3D&se=1797052537&skn=RootManageSharedAccessKey";
    /* https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED */
}
