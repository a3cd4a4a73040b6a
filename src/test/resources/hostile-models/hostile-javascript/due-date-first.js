fetch("/engine-rest/user")
