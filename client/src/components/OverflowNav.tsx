// The main navigation on one row: the links that fit stay in the row, the rest go into a "更多 / More"
// menu (a button with aria-expanded and a keyboard-usable menu), so the header never wraps whatever
// the language, the role or the window width. Widths are measured once per set of links and language;
// a resize only recounts. On a phone (`fold` off) every link is shown, as a list in the header menu.
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { matchPath, NavLink, useLocation } from 'react-router';
import { useLang } from '../i18n/lang';

export interface NavItem {
  key: string;
  label: string;
  /** An in-app path (with ?lang=), or an address outside the app when `external`. */
  to: string;
  /** Active only on exactly this path (the overview). */
  end?: boolean;
  external?: boolean;
  testId?: string;
}

interface Props {
  items: readonly NavItem[];
  label: string;
  /** Move what does not fit into the "more" menu (off on a phone, where the header menu lists all). */
  fold: boolean;
}

interface Measured {
  /** Which links, in which words, the widths belong to. */
  signature: string;
  widths: number[];
  moreWidth: number;
  gap: number;
}

/** How many links fit in `available` pixels, leaving room for the "more" button when some do not. */
function fitting(m: Measured, available: number): number {
  const total = m.widths.reduce((sum, w) => sum + w, 0) + m.gap * Math.max(0, m.widths.length - 1);
  if (total <= available) return m.widths.length;
  let used = m.moreWidth;
  let count = 0;
  for (const width of m.widths) {
    if (used + width + m.gap > available) break;
    used += width + m.gap;
    count += 1;
  }
  return count;
}

export function OverflowNav({ items, label, fold }: Props) {
  const nav = useRef<HTMLElement>(null);
  const signature = items.map((item) => `${item.key}:${item.label}`).join('|');
  const [measured, setMeasured] = useState<Measured | null>(null);
  const [shown, setShown] = useState(items.length);
  // Until the current links are measured, all are drawn in the row (and measured before paint).
  const ready = fold && measured?.signature === signature;
  const visibleCount = !fold ? items.length : ready ? shown : items.length;

  useLayoutEffect(() => {
    const box = nav.current;
    if (!fold || !box || measured?.signature === signature) return;
    const links = [...box.querySelectorAll<HTMLElement>(':scope > [data-nav-key]')];
    const more = box.querySelector<HTMLElement>(':scope > .nav-more');
    const next: Measured = {
      signature,
      widths: links.map((link) => link.getBoundingClientRect().width),
      moreWidth: more?.getBoundingClientRect().width ?? 0,
      gap: parseFloat(getComputedStyle(box).columnGap) || 0,
    };
    setMeasured(next);
    setShown(fitting(next, box.clientWidth));
  }, [fold, signature, measured]);

  // A resize only recounts; fonts arriving late change the widths, so they are measured again.
  useEffect(() => {
    const box = nav.current;
    if (!fold || !box || !measured) return;
    const observer = new ResizeObserver(() => setShown(fitting(measured, box.clientWidth)));
    observer.observe(box);
    return () => observer.disconnect();
  }, [fold, measured]);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => live && setMeasured(null));
    return () => {
      live = false;
    };
  }, []);

  const inRow = items.slice(0, visibleCount);
  const inMenu = items.slice(visibleCount);
  return (
    <nav ref={nav} className={fold ? 'main-nav' : 'main-nav main-nav-list'} aria-label={label}>
      {inRow.map((item) => (
        <NavItemLink key={item.key} item={item} data-nav-key={item.key} />
      ))}
      {fold && (inMenu.length > 0 || !ready) && <MoreMenu items={inMenu} />}
    </nav>
  );
}

function NavItemLink({ item, role, onPick, ...rest }: { item: NavItem; role?: 'menuitem'; onPick?: () => void; 'data-nav-key'?: string }) {
  const common = { ...rest, role, tabIndex: role ? -1 : undefined, onClick: onPick, 'data-testid': item.testId };
  if (item.external) {
    return (
      <a href={item.to} {...common}>
        {item.label}
      </a>
    );
  }
  return (
    <NavLink to={item.to} end={item.end} {...common}>
      {item.label}
    </NavLink>
  );
}

/** The "more" button and its menu: Enter, Space or ↓ opens it on the first link; ↑↓ Home End move; Esc closes. */
function MoreMenu({ items }: { items: readonly NavItem[] }) {
  const { t } = useLang();
  const location = useLocation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);
  const active = items.some((item) => !item.external && matchPath({ path: item.to.split('?')[0] ?? item.to, end: item.end ?? false }, location.pathname));

  useEffect(() => {
    if (!open) return;
    const where = focusOnOpen.current;
    focusOnOpen.current = null;
    const list = entries();
    if (where === 'first') list[0]?.focus();
    if (where === 'last') list[list.length - 1]?.focus();
    const outside = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !button.current?.parentElement?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Opening by keyboard puts the focus in the menu (Enter and Space too, so no click follows).
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || (!open && (event.key === 'Enter' || event.key === ' '))) {
      event.preventDefault();
      focusOnOpen.current = event.key === 'ArrowUp' ? 'last' : 'first';
      setOpen(true);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  return (
    <div className="nav-more">
      <button
        ref={button}
        type="button"
        className={active ? 'nav-more-button active' : 'nav-more-button'}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
        data-testid="nav-more"
      >
        {t('navMore')} <span aria-hidden="true">▾</span>
      </button>
      <div ref={menu} id={`${id}-menu`} role="menu" aria-label={t('navMore')} className="popup-menu nav-menu" hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <NavItemLink key={item.key} item={item} role="menuitem" onPick={() => close(false)} />
        ))}
      </div>
    </div>
  );
}
