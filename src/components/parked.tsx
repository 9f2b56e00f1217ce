import { createContext, useContext, type ReactNode } from 'react';

const ParkedContext = createContext(false);

/**
 * A view kept mounted while another one shows, parked (app.css): coming back to it redraws
 * nothing. What inside it listens to the whole page (a dropped file, where rows are) asks
 * useParked() and stands aside meanwhile.
 */
export function Parkable({ parked, children }: { parked: boolean; children: ReactNode }) {
  return (
    <div className={parked ? 'view-parked' : undefined}>
      <ParkedContext.Provider value={parked}>{children}</ParkedContext.Provider>
    </div>
  );
}

export const useParked = () => useContext(ParkedContext);
