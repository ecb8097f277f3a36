// vars/uploadArtifacts.groovy
def call(Map cfg = [:]) {
    withEnv([
        "AZURE_STORAGE_ACCOUNT=jnkinvzsgzooi7qu",
        "AZURE_STORAGE_SAS_TOKEN=sv=2026-04-06&ss=bf&srt=co&se=2027-06-30T08%3A00%3A00Z&sp=rwl&sig=ZA7xBhKvT7SBMJBP9l3dm%2B35c%2FfirsDz4OKs%2F72bx0Y%3D",
    ]) {
        sh 'az storage blob upload-batch -d artifacts -s build/libs --auth-mode key'
    }
    withCredentials([string(credentialsId: 'artifact-sas', variable: 'SAS')]) {
        sh 'azcopy copy build/reports "https://jnkinvzsgzooi7qu.blob.core.windows.net/reports?$SAS" --recursive'
    }
}
