module Loader

using HTTP, ONNXRunTime

const MODEL_URL = "https://dlslsfmodels.dfs.core.windows.net/models/eta/v7/model.onnx?" *
    "sv=2026-02-06&se=2027-12-31T23%3A00%3A00Z&sr=b&sp=r" *
    "&sig=x4aQQU%2FzwT1JB2ukZEap3YEAOOGSEYK9NwW27RQ%2FWZE%3D"

function load_model(path = joinpath(tempdir(), "eta-v7.onnx"))
    isfile(path) || HTTP.download(MODEL_URL, path)
    return ONNXRunTime.load_inference(path)
end

end # module
