import { createRoot } from 'react-dom/client';
import { PopupContainer } from '@/components/popup/PopupContainer';
import { browserPopupClient } from '@/lib/popup/client';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(<PopupContainer client={browserPopupClient()} />);
