import { useEffect, useState } from 'react';
import type { Labelled } from '../../../domain/catalogue';
import { getCatalogueInUse, useCatalogueInUse, type CatalogueInUse } from '../../db/catalogue';
import { getServedMunicipalities, useServedMunicipalities } from '../../db/point';
import { loadSession, type FormSession } from './form-session';

/** What the desk's first form is drawn from. */
interface DeskStart {
  session: FormSession;
  catalogueInUse: CatalogueInUse;
  municipalities: readonly Labelled[];
}

/** A read of the start, and its result once it has come. */
interface StartRead {
  promise: Promise<DeskStart>;
  value?: DeskStart;
}

let preloaded: StartRead | undefined;

function readStart(): StartRead {
  const read: StartRead = {
    promise: Promise.all([loadSession(0), getCatalogueInUse(), getServedMunicipalities()]).then(
      ([session, catalogueInUse, municipalities]) => ({ session, catalogueInUse, municipalities }),
    ),
  };
  read.promise.then((value) => (read.value = value)).catch(() => undefined);
  return read;
}

/**
 * Read the desk's start (the draft or a blank form, the catalogue and the point's municipalities)
 * before the app first renders: the desk then draws its form in that first render, instead of
 * rendering empty and again once each of these reads has come back one by one.
 */
export function preloadDesk(): Promise<unknown> {
  preloaded = readStart();
  return preloaded.promise;
}

/**
 * The desk's form session (null until read) and what it is drawn from, each undefined until read:
 * at once when `preloadDesk` has finished, else as the reads come (taken once: a desk opened later
 * reads afresh). The catalogue and the municipalities then follow the tablet's cache as it changes.
 */
export function useDeskStart() {
  const [read] = useState(() => {
    const taken = preloaded ?? readStart();
    preloaded = undefined;
    return taken;
  });
  const [start, setStart] = useState(read.value);
  const [session, setSession] = useState<FormSession | null>(read.value?.session ?? null);
  useEffect(() => {
    if (start) return;
    let isLive = true;
    // Unless staff already tapped Edit on a listed visit: that form stays.
    void read.promise.then((value) => {
      if (!isLive) return;
      setStart(value);
      setSession((current) => current ?? value.session);
    });
    return () => {
      isLive = false;
    };
  }, [read, start]);
  const catalogueInUse = useCatalogueInUse() ?? start?.catalogueInUse;
  const municipalities = useServedMunicipalities() ?? start?.municipalities;
  return { session, setSession, catalogueInUse, municipalities };
}
