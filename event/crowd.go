package event

// crowdProtesters returns a copy of a, a crowd of no known country
// ("people", "crowds", "residents": civilians, CVL) that is the source
// of a protest (14), as protesters (OPP): people who rally, march or
// riot act as the opposition, as the event sets' gold codes
// "Thousands of people marched …" (KGZOPP), and like protesters they
// take the country of the place where they demonstrate (localAgent).
func crowdProtesters(a *actor) *actor {
	v := *a
	v.sector, v.id = "OPP", "OPP"
	return &v
}
