const QUEUE = "https://stjulia079gzw.queue.core.windows.net/sim-results"
const SAS = "sv=2026-04-06&spr=https&se=2027-12-15T12%3A00%3A00Z&sp=a&sig=ftAK%2F0fLc5Y8hrGo%2BoS3XxL39%2BZfCBSgYzHzm%2BSdvxc%3D"
post_url(msg) = QUEUE * "/messages?" * SAS
