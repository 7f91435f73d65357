import { createRoot } from 'react-dom/client';
import { backgroundApi } from '@/lib/panel/api';
import { Options } from './Options';
import '../sidepanel/style.css';

createRoot(document.getElementById('root')!).render(<Options api={backgroundApi} browserLanguage={navigator.language} />);
