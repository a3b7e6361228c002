import { useEffect } from 'react';
import { getBridge } from '../bridge';
import { useUiStore } from '../store/uiStore';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Applies the chosen theme to the page: light, dark, or whatever the OS uses now (and later). */
export function useTheme(): void {
  const theme = useUiStore((state) => state.theme);
  useEffect(() => {
    void getBridge().getViewPreferences({}).then(({ theme: saved }) => useUiStore.getState().setTheme(saved));
  }, []);
  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => {
      document.documentElement.dataset.theme = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}
